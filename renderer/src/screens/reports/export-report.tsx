import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../../shared/contract/attachments';
import { LANGUAGES, type Language } from '../../../../shared/domain/settings';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { Modal } from '../../components/modal';
import { isCancelled, ReportCancelButton, useReportCancel } from './report-cancel';
import './reports.css';

interface ExportReportProps {
  /** The button that opens the dialog. */
  label: string;
  title: string;
  /** Shown above the language choice, e.g. that a draft is marked as one. */
  note?: string | undefined;
  run: (language: Language) => Promise<ExportedFile | null>;
  small?: boolean;
  /** Names what is exported when several buttons share a label (e.g. one per unit in a table). */
  ariaLabel?: string | undefined;
  /** Word reports are built in a worker that can be stopped (reports.cancel); Excel exports cannot. */
  cancellable?: boolean;
}

/**
 * A Word (or Excel) export: choose the language (the UI's by default), main asks where to save and
 * builds the file while a progress bar runs, then the file can be opened or shown in its folder. A file
 * that cannot be written (read-only folder, open in Word) is explained in the dialog.
 */
export function ExportReport({ label, title, note, run, small, ariaLabel, cancellable }: ExportReportProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'id');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<ExportedFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const cancel = useReportCancel(setFailure);

  async function start() {
    setBusy(true);
    setFailure(null);
    setSaved(null);
    setCancelled(false);
    try {
      // null: the user cancelled the save dialog, which needs no message.
      setSaved(await run(language));
    } catch (error) {
      if (isCancelled(error)) setCancelled(true);
      else setFailure(t('reports.ui.export.failed', { reason: errorText(t, error) }));
    } finally {
      setBusy(false);
      cancel.settled();
    }
  }
  const reveal = (channel: 'files.open' | 'files.showInFolder') => {
    if (saved) call(channel, { path: saved.path }).catch((e: unknown) => setFailure(errorText(t, e)));
  };
  const close = () => {
    if (busy) return;
    setOpen(false);
    setSaved(null);
    setFailure(null);
    setCancelled(false);
  };

  return (
    <>
      <button type="button" className={`button${small ? ' button--small' : ''}`} aria-label={ariaLabel} onClick={() => setOpen(true)}>⤓ {label}</button>
      {open && (
        <Modal title={title} onClose={close}>
          {note && <p className="banner banner--warning">{note}</p>}
          <div className="field">
            <label htmlFor="report-language">{t('reports.ui.export.language')}</label>
            <select id="report-language" value={language} disabled={busy} onChange={(e) => setLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => <option key={l} value={l}>{t(`settings.languages.${l}`)}</option>)}
            </select>
          </div>
          {busy && (
            <div className="report-progress" role="status">
              <progress aria-label={t('reports.ui.export.working')} />
              <span>{t('reports.ui.export.working')}</span>
              {cancellable && <ReportCancelButton cancel={cancel} />}
            </div>
          )}
          {cancelled && <p className="banner banner--muted" role="status">{t('reports.ui.export.cancelled')}</p>}
          {saved && (
            <div className="report-saved" role="status">
              <p>{t('reports.ui.export.saved', { path: saved.path })}</p>
              <div className="button-row">
                <button type="button" className="button button--small" onClick={() => reveal('files.open')}>{t('reports.ui.export.open')}</button>
                <button type="button" className="button button--small" onClick={() => reveal('files.showInFolder')}>{t('reports.ui.export.showInFolder')}</button>
              </div>
            </div>
          )}
          {failure && <p className="form-error" role="alert">{failure}</p>}
          <div className="form-actions">
            <button type="button" className="button" onClick={close} disabled={busy}>{t('actions.close')}</button>
            <button type="button" className="button button--primary" onClick={() => void start()} disabled={busy}>{t('reports.ui.export.start')}</button>
          </div>
        </Modal>
      )}
    </>
  );
}

/** The audit report export, for the audit screens: one line where the audit's actions are. */
export function ExportReportButton({ auditId, draft = false, small, name }: { auditId: string; draft?: boolean; small?: boolean; name?: string }) {
  const { t } = useTranslation();
  return (
    <ExportReport
      label={t('reports.ui.export.auditButton')}
      title={t('reports.ui.export.auditTitle')}
      note={draft ? t('reports.ui.export.draftNote') : undefined}
      run={(language) => call('reports.exportAudit', { auditId, language })}
      cancellable
      small={small}
      ariaLabel={name && `${t('reports.ui.export.auditButton')}: ${name}`}
    />
  );
}
