import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../../shared/contract/attachments';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { useNotice } from '../../components/notice';
import { href } from '../../shell/router';
import { ExportPackageButton } from '../packages/export-package-button';
import { ExportReportButton } from '../reports/export-report';
import { useLocalized } from './audit-text';
import { AssignmentBanner, ConflictsBanner, SealBanner, VoidedBanner } from './checklist-banners';
import { ReopenDialog, SealDialog } from './seal-dialog';
import { SaveState } from './save-state';
import { VoidDialog } from './void-dialog';

interface HeaderProps {
  detail: AuditDetail;
  onReplaced: (detail: AuditDetail) => void;
  /** The view controls, on the same row as the actions to save height on small laptop screens. */
  children: ReactNode;
}

/** What is audited, where the work stands, and the audit-wide actions: export, send, seal, reopen, void. */
export function ChecklistHeader({ detail, onReplaced, children }: HeaderProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const notice = useNotice();
  const { audit, template } = detail;
  const settings = useApi('settings.get', {});
  const unit = useApi('units.get', { id: audit.unit.id });
  const [dialog, setDialog] = useState<'seal' | 'reopen' | 'void' | null>(null);
  const [exported, setExported] = useState<ExportedFile | null>(null);
  const sealed = audit.status === 'final';
  const voided = !!audit.voided;
  // An audit with open merge conflicts cannot be sealed; the banner gives the reason.
  const blocked = audit.conflicts > 0;

  async function exportFile() {
    try {
      const file = await call('audits.export', { auditId: audit.id });
      if (file) setExported(file);
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }
  const done = (message: string) => (next: AuditDetail) => {
    setDialog(null);
    onReplaced(next);
    notice(message);
  };
  const period = `${audit.period.year}${audit.period.label ? ` · ${audit.period.label}` : ''}`;
  const meta = [audit.entity.name, period, `${loc(template.name)} (v${template.version})`, audit.auditors.map((a) => a.name).join(', ')].join(' · ');

  return (
    <header className="checklist-header">
      <a className="back-link" href={href('audits')}>← {t('audits.title')}</a>
      <div className="checklist-header__title">
        <h1>
          {audit.unit.name}{' '}
          {voided ? <span className="badge badge--red">{t('packages.void.badge')}</span>
            : <span className={`badge ${sealed ? 'badge--muted' : 'badge--draft'}`}>{t(`audits.status.${audit.status}`)}</span>}
        </h1>
        {/* Rarely needed and not part of the work: kept off the row of audit actions. */}
        {!sealed && !voided && <button type="button" className="button button--ghost button--small" onClick={() => setDialog('void')}>{t('packages.void.button')}</button>}
      </div>
      <p className="checklist-header__meta" title={meta}>{meta}</p>
      <div className="checklist__bar">
        {children}
        <span className="checklist__actions">
          <SaveState />
          <button type="button" className="button" onClick={exportFile}>{t('audits.export.button')}</button>
          <ExportReportButton auditId={audit.id} draft={!sealed} />
          {!voided && <ExportPackageButton detail={detail} />}
          {sealed ? (
            <button type="button" className="button" onClick={() => setDialog('reopen')}>{t('audits.reopen.button')}</button>
          ) : !voided && (
            <button type="button" className="button button--primary" disabled={blocked} aria-describedby={blocked ? 'conflicts-banner' : undefined} onClick={() => setDialog('seal')}>
              {t('audits.seal.button')}
            </button>
          )}
        </span>
      </div>
      {sealed && audit.seal && <SealBanner seal={audit.seal} />}
      {blocked && <ConflictsBanner audit={audit} id="conflicts-banner" />}
      <VoidedBanner audit={audit} onReplaced={onReplaced} />
      <AssignmentBanner audit={audit} groups={template.groups} />
      {exported && (
        <div className="banner banner--muted export-banner" role="status">
          <span>{t('audits.export.saved', { path: exported.path })}</span>
          <button type="button" className="button button--small" onClick={() => void call('files.showInFolder', { path: exported.path }).catch((e: unknown) => notice(errorText(t, e), 'error'))}>
            {t('audits.export.showInFolder')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setExported(null)}>{t('actions.close')}</button>
        </div>
      )}
      {dialog === 'seal' && (
        <SealDialog
          detail={detail}
          defaults={{ auditorName: settings.data?.auditorName || audit.auditors[0]?.name || '', agencyRepresentative: unit.data?.headName ?? '' }}
          onClose={() => setDialog(null)}
          onDone={done(t('audits.seal.done'))}
        />
      )}
      {dialog === 'reopen' && <ReopenDialog detail={detail} onClose={() => setDialog(null)} onDone={done(t('audits.reopen.done'))} />}
      {dialog === 'void' && <VoidDialog detail={detail} onClose={() => setDialog(null)} onDone={done(t('packages.void.done'))} />}
    </header>
  );
}
