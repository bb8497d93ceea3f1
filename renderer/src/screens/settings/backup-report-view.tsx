import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupReport } from '../../../../shared/domain/backups';
import { tKey } from '../../api/errors';
import { Modal } from '../../components/modal';
import { formatDateTime } from '../audits/audit-text';
import { countsText, formatBytes } from './backup-text';

interface Props {
  report: BackupReport;
  restoring: boolean;
  onRestore: () => Promise<void>;
}

/** What a chosen backup holds and whether it passed every check; restoring asks first. */
export function BackupReportView({ report, restoring, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const b = report.backup;
  return (
    <section className={`backup-report${report.ok ? ' backup-report--good' : ''}`} aria-label={t(report.ok ? 'backups.report.good' : 'backups.report.bad')}>
      <h3>{t(report.ok ? 'backups.report.good' : 'backups.report.bad')}</h3>
      {!report.ok && (
        <div className="banner banner--warning" role="alert">
          <strong>{t('backups.report.problems', { count: report.problems.length })}</strong>
          <ul>{report.problems.map((p, i) => <li key={i}>{tKey(t, p.message, p.params)}</li>)}</ul>
        </div>
      )}
      <dl className="facts">
        <dt>{t('backups.report.file')}</dt>
        <dd><code>{report.path}</code> · {formatBytes(report.bytes, i18n.language)}</dd>
        {b && (
          <>
            <dt>{t('backups.report.created')}</dt>
            <dd>{formatDateTime(b.createdAt, i18n.language)} · {t(`backups.reasons.${b.reason}`)}</dd>
            <dt>{t('backups.report.device')}</dt>
            <dd>{b.sameDevice ? t('backups.report.thisDevice', { name: b.device.name }) : t('backups.report.otherDevice', { name: b.device.name, id: b.device.id })}</dd>
            <dt>{t('backups.report.appVersion')}</dt>
            <dd>{b.appVersion}</dd>
            <dt>{t('backups.report.contents')}</dt>
            <dd>{countsText(t, b.counts)}</dd>
          </>
        )}
      </dl>
      {b && report.ok && b.schemaVersion < b.currentSchemaVersion && <p className="muted small">{t('backups.report.migrates', { from: b.schemaVersion, to: b.currentSchemaVersion })}</p>}
      {b && report.ok && (
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)} disabled={restoring}>{t('backups.report.restore')}</button>
      )}
      {b && confirming && (
        <Modal title={t('backups.confirm.title')} onClose={() => setConfirming(false)}>
          <p>{t('backups.confirm.body', { when: formatDateTime(b.createdAt, i18n.language) })}</p>
          <div className="form-actions">
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)} disabled={restoring}>{t('actions.cancel')}</button>
            <button type="button" className="button button--danger" disabled={restoring} onClick={() => void onRestore().finally(() => setConfirming(false))}>
              {restoring ? t('backups.confirm.restoring') : t('backups.confirm.restore')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
