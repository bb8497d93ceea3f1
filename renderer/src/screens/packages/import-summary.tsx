import { useTranslation } from 'react-i18next';
import type { PreviewAudit } from '../../../../shared/domain/packages';
import { errorText, tKey } from '../../api/errors';
import { href } from '../../shell/router';
import type { ImportedRow } from './use-run-import';

/** After an import: what each package did, where conflicts wait for the lead, and the backup made first. */
export function ImportSummary({ rows, onAgain }: { rows: ImportedRow[]; onAgain: () => void }) {
  const { t } = useTranslation();
  const imported = rows.filter((r) => r.result?.imported).length;
  const already = rows.filter((r) => r.result && !r.result.imported).length;
  const failed = rows.filter((r) => r.error).length;
  const backup = rows.find((r) => r.result?.backupPath)?.result?.backupPath;
  const outcomeText = (a: PreviewAudit) => (a.outcome === 'merge'
    ? [t('packages.outcome.merge', { count: a.changes }), a.conflicts ? t('packages.outcome.conflicts', { count: a.conflicts }) : ''].filter(Boolean).join(' · ')
    : a.outcome === 'refused' && a.reason ? `${t('packages.summary.outcome.refused')}: ${tKey(t, a.reason)}` : t(`packages.summary.outcome.${a.outcome}`));
  const conflicted = rows.flatMap((r) => (r.result?.imported ? r.result.preview.audits.filter((a) => a.conflicts > 0) : []));

  return (
    <section className="panel import-summary" aria-labelledby="import-summary-title" role="status">
      <h2 id="import-summary-title">{t('packages.summary.title')}</h2>
      <p>
        {[
          t('packages.summary.imported', { count: imported }),
          already ? t('packages.summary.already', { count: already }) : '',
          failed ? t('packages.summary.failed', { count: failed }) : '',
        ].filter(Boolean).join(' · ')}
      </p>
      {backup && <p className="muted small import-summary__path">{t('packages.summary.backup', { path: backup })}</p>}
      {conflicted.length > 0 && (
        <div className="banner banner--warning">
          <strong>{t('packages.summary.conflicts')}</strong>
          <ul>
            {conflicted.map((a) => (
              <li key={a.id}>
                <a href={href('audits', a.id, 'conflicts')}>{a.unit} · {a.year}</a> — {t('packages.outcome.conflicts', { count: a.conflicts })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="list">
        {rows.map((r) => (
          <li key={r.key} className="list__item import-summary__row">
            <div className="list__main">
              <span className="list__title">{r.fileName}</span>
              <span className="list__meta">
                {r.error ? <span className="form-error">{errorText(t, r.error)}</span>
                  : r.result?.imported ? r.result.preview.audits.map((a) => `${a.unit} ${a.year}: ${outcomeText(a)}`).join(' · ')
                    : t('packages.summary.alreadyRow')}
              </span>
            </div>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <a className="button" href={href('audits')}>{t('packages.summary.toAudits')}</a>
        <button type="button" className="button button--primary" onClick={onAgain}>{t('packages.summary.again')}</button>
      </div>
    </section>
  );
}
