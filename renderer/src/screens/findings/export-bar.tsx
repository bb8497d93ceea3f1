import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/settings';
import type { ExportedFile } from '../../../../shared/contract/attachments';
import type { FindingFilter } from '../../../../shared/domain/findings';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { useNotice } from '../../components/notice';
import { isCancelled, ReportCancelButton, useReportCancel } from '../reports/report-cancel';

/** CSV, Word and Excel exports of the register as filtered; then open the file or show it in its folder. */
export function ExportBar({ filter, disabled }: { filter: FindingFilter; disabled: boolean }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const settings = useApi('settings.get', {});
  const [language, setLanguage] = useState<Language | ''>('');
  const [busy, setBusy] = useState(false);
  // Only the Word report is built in a worker that can be stopped (reports.cancel).
  const [building, setBuilding] = useState(false);
  const [saved, setSaved] = useState<ExportedFile | null>(null);
  const reportLanguage = language || settings.data?.language || 'id';
  const cancel = useReportCancel((text) => notice(text, 'error'));

  async function run(job: () => Promise<ExportedFile | null>, cancellable = false) {
    setBusy(true);
    setBuilding(cancellable);
    try {
      const file = await job();
      // null: the user cancelled the save dialog, which needs no message.
      if (file) setSaved(file);
    } catch (error) {
      if (isCancelled(error)) notice(t('reports.ui.export.cancelled'), 'info');
      else notice(errorText(t, error), 'error');
    } finally {
      setBusy(false);
      setBuilding(false);
      cancel.settled();
    }
  }

  return (
    <div className="cell-stack">
      <div className="export-bar">
        <button type="button" className="button button--small" disabled={disabled || busy} onClick={() => run(() => call('findings.exportCsv', filter))}>
          ⤓ {t('findings.export.csv')}
        </button>
        <label className="muted" htmlFor="findings-report-language">{t('findings.export.reportLanguage')}</label>
        <select id="findings-report-language" value={reportLanguage} onChange={(e) => setLanguage(e.target.value as Language)}>
          {LANGUAGES.map((l) => <option key={l} value={l}>{t(`settings.languages.${l}`)}</option>)}
        </select>
        <button type="button" className="button button--small" disabled={disabled || busy} onClick={() => run(() => call('findings.exportReport', { filter, language: reportLanguage }), true)}>
          ⤓ {t('findings.export.report')}
        </button>
        <button type="button" className="button button--small" disabled={disabled || busy} onClick={() => run(() => call('findings.exportXlsx', { filter, language: reportLanguage }))}>
          ⤓ {t('excel.ui.export')}
        </button>
        {busy && <span className="muted small" role="status">{t('findings.export.working')}</span>}
        {building && <ReportCancelButton cancel={cancel} />}
      </div>
      {saved && <SavedFile file={saved} />}
    </div>
  );
}

function SavedFile({ file }: { file: ExportedFile }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const act = (channel: 'files.open' | 'files.showInFolder') => call(channel, { path: file.path }).catch((e: unknown) => notice(errorText(t, e), 'error'));
  return (
    <p className="export-result small" role="status">
      <span>{t('findings.export.saved', { path: file.path })}</span>
      <button type="button" className="button button--ghost button--small" onClick={() => act('files.open')}>{t('findings.export.open')}</button>
      <button type="button" className="button button--ghost button--small" onClick={() => act('files.showInFolder')}>{t('findings.export.showInFolder')}</button>
    </p>
  );
}
