import { useTranslation } from 'react-i18next';
import { href } from '../../shell/router';
import { ImportSources } from './import-sources';
import { ImportSummary } from './import-summary';
import { PackageCard } from './package-card';
import { auditsInSeveral, importable, isDuplicate, useImportList } from './use-import-list';
import { useRunImport } from './use-run-import';
import './packages.css';

/**
 * Receiving packages: pick files or a folder, or drop them; every package is previewed (who made
 * it, what each audit will do) before one Import carries out all of them.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const list = useImportList();
  const runner = useRunImport();
  const ready = importable(list.rows);
  const unconfirmed = ready.filter((r) => r.preview.needsNameConfirmation && !r.entry.confirmNames).length;
  const waiting = list.rows.filter((r) => r.entry.upload || (r.entry.path && r.preview.isPending && !r.preview.error)).length;
  const unreadable = list.rows.filter((r) => r.entry.uploadError || r.preview.error).length;
  const busy = runner.progress !== null;
  const shared = auditsInSeveral(ready.map((r) => r.preview));

  const reason = waiting ? t('packages.import.waiting', { count: waiting })
    : unconfirmed ? t('packages.import.confirmFirst', { count: unconfirmed })
      : list.rows.length > 0 && ready.length === 0 ? t('packages.import.nothing') : '';

  return (
    <section className="screen import-screen">
      <header className="screen__header">
        <div>
          <a className="back-link" href={href('audits')}>← {t('audits.title')}</a>
          <h1>{t('packages.import.title')}</h1>
          <p className="screen__subtitle">{t('packages.import.subtitle')}</p>
        </div>
      </header>
      {runner.summary ? (
        <ImportSummary rows={runner.summary} onAgain={() => { runner.reset(); list.clear(); }} />
      ) : (
        <>
          <ImportSources onPaths={list.addPaths} onFiles={(files) => void list.addFiles(files)} />
          {list.rows.map((row, i) => (
            <PackageCard
              key={row.entry.key}
              row={row}
              duplicate={isDuplicate(list.rows, i)}
              onRemove={() => list.remove(row.entry.key)}
              onPassword={(password) => list.setPassword(row.entry.key, password)}
              onConfirmNames={(v) => list.setConfirmNames(row.entry.key, v)}
            />
          ))}
          {list.rows.length > 0 && (
            <div className="import-bar" role="group" aria-label={t('packages.import.title')}>
              {busy ? (
                <div className="import-bar__progress" role="status">
                  <progress value={runner.progress!.done} max={runner.progress!.total} aria-label={t('packages.import.importing')} />
                  <span>{t('packages.import.progress', { done: runner.progress!.done, total: runner.progress!.total })}</span>
                </div>
              ) : (
                <span className="import-bar__status">
                  {reason || t('packages.import.readyCount', { count: ready.length })}
                  {unreadable > 0 && <span className="muted"> · {t('packages.import.unreadable', { count: unreadable })}</span>}
                </span>
              )}
              <button type="button" className="button button--primary" disabled={busy || !!reason} onClick={() => void runner.run(ready)}>
                {t('packages.import.start', { count: ready.length })}
              </button>
              {shared > 0 && <p className="import-bar__note muted small">{t('packages.import.sameAudit', { count: shared })}</p>}
            </div>
          )}
        </>
      )}
    </section>
  );
}
