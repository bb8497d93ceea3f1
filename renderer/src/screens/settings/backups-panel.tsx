import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupReport } from '../../../../shared/domain/backups';
import { settingsSchema, type Settings } from '../../../../shared/domain/settings';
import { toIssues } from '../../../../shared/contract/zod-issues';
import { call } from '../../api/client';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { Field } from '../../components/field';
import { useNotice } from '../../components/notice';
import { formatDateTime } from '../audits/audit-text';
import { BackupReportView } from './backup-report-view';
import { backupLine, formatBytes } from './backup-text';
import { useBackUpNow } from './use-back-up-now';
import './backups.css';

/**
 * Backups: the last copy on another drive and the last automatic one, "Back up now…" to a folder
 * the user picks (a USB stick), and restoring a backup the user picks, after a full check and a
 * confirmation. The page never names a path itself: main only reads files chosen in its dialog.
 */
export function BackupsPanel({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const notice = useNotice();
  const client = useQueryClient();
  const status = useApi('backups.status', {});
  const { backUpNow, busy } = useBackUpNow();
  const [report, setReport] = useState<BackupReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [restoring, setRestoring] = useState(false);

  async function chooseBackup() {
    setReport(null);
    try {
      const path = await call('backups.chooseFile', {});
      if (!path) return;
      setChecking(true);
      setReport(await call('backups.inspect', { path }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    } finally {
      setChecking(false);
    }
  }

  async function restore() {
    if (!report) return;
    setRestoring(true);
    try {
      const done = await call('backups.restore', { path: report.path });
      setReport(null);
      // Everything on screen came from the data that was just replaced.
      await client.invalidateQueries();
      notice(t('backups.restored', { when: formatDateTime(done.backup.createdAt, lang), path: done.previousFolder }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    } finally {
      setRestoring(false);
    }
  }

  const s = status.data;
  const newest = s?.automatic[0];
  return (
    <section className="panel" aria-labelledby="backups-title">
      <div className="panel__header"><h2 id="backups-title">{t('backups.title')}</h2></div>
      <p className="muted small">{t('backups.hint')}</p>
      {s && (
        <dl className="facts">
          <dt>{t('backups.lastCopy')}</dt>
          <dd>{s.lastCopy ? <>{formatDateTime(s.lastCopy.createdAt, lang)} · {formatBytes(s.lastCopy.bytes, lang)} · <code>{s.lastCopy.path}</code></> : t('backups.never')}</dd>
          <dt>{t('backups.lastAutomatic')}</dt>
          <dd>{newest ? <>{backupLine(t, lang, newest)} <span className="muted">({t('backups.automaticCount', { count: s.automatic.length })})</span></> : t('backups.noneYet')}</dd>
          <dt>{t('backups.folder')}</dt>
          <dd><code>{s.folder}</code></dd>
        </dl>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void backUpNow()} disabled={busy || restoring}>{busy ? t('backups.backingUp') : t('backups.backUpNow')}</button>
        <button type="button" className="button" onClick={() => void chooseBackup()} disabled={checking || restoring}>{checking ? t('backups.checking') : t('backups.restoreFrom')}</button>
      </div>
      {report && <BackupReportView report={report} restoring={restoring} onRestore={restore} />}
      <BackupSettings initial={settings} />
    </section>
  );
}

/** How many automatic backups to keep and when home starts warning; saved on their own. */
function BackupSettings({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const update = useApiMutation('settings.update', ['settings', 'backups']);
  const [draft, setDraft] = useState({ backupKeep: initial.backupKeep, backupWarnDays: initial.backupWarnDays });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const schema = settingsSchema.pick({ backupKeep: true, backupWarnDays: true });

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = schema.safeParse(draft);
    if (!parsed.success) return setErrors(issuesByField(t, toIssues(parsed.error)));
    setErrors({});
    try {
      await update.mutateAsync(parsed.data);
      notice(t('backups.settingsSaved'));
    } catch (error) {
      const issues = errorIssues(error);
      if (issues.length) setErrors(issuesByField(t, issues));
      else notice(errorText(t, error), 'error');
    }
  }

  return (
    <form className="backup-settings" onSubmit={save} noValidate>
      <Field label={t('backups.keep')} hint={t('backups.keepHint')} error={errors.backupKeep}>
        {(p) => <input {...p} type="number" min={1} max={100} value={Number.isNaN(draft.backupKeep) ? '' : draft.backupKeep} onChange={(e) => setDraft((d) => ({ ...d, backupKeep: e.target.valueAsNumber }))} />}
      </Field>
      <Field label={t('backups.warnDays')} hint={t('backups.warnDaysHint')} error={errors.backupWarnDays}>
        {(p) => <input {...p} type="number" min={1} max={90} value={Number.isNaN(draft.backupWarnDays) ? '' : draft.backupWarnDays} onChange={(e) => setDraft((d) => ({ ...d, backupWarnDays: e.target.valueAsNumber }))} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>{t('backups.saveSettings')}</button>
      </div>
    </form>
  );
}
