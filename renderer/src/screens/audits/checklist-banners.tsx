import { useTranslation } from 'react-i18next';
import type { AuditDetail, AuditHeader } from '../../../../shared/domain/audit';
import { errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';
import { useApiMutation } from '../../api/queries';
import { href } from '../../shell/router';
import { SealSignatureText } from '../packages/seal-signature-text';
import type { LocalizedText } from '../../../../shared/methodology/template-schema';
import { endSentence, formatDate, formatDateTime, useLocalized } from './audit-text';

/** The seal as sealed: sign-off, content hash, whether the content still matches, and whose laptop signed it. */
export function SealBanner({ seal }: { seal: NonNullable<AuditHeader['seal']> }) {
  const { t, i18n } = useTranslation();
  const trusted = seal.signature.status === 'valid' && seal.signature.signer !== 'unknown';
  return (
    <div className={`banner ${seal.intact && trusted ? 'banner--sealed' : 'banner--warning'}`} role="note">
      <strong>{t('audits.sealed.banner', { date: formatDate(seal.signOff.date, i18n.language), at: formatDateTime(seal.sealedAt, i18n.language) })}</strong>{' '}
      {endSentence(t('audits.sealed.signOff', { auditor: seal.signOff.auditorName, agency: seal.signOff.agencyRepresentative }))}
      <br />
      <span className="small">{t('audits.sealed.hash')} <code>{seal.hash}</code> · {seal.intact ? t('audits.seal.intact') : t('audits.seal.broken')}</span>
      <br />
      <SealSignatureText signature={seal.signature} />
    </div>
  );
}

/** Merge conflicts hold the seal back; the banner says how many and leads to where they are settled. */
export function ConflictsBanner({ audit, id }: { audit: AuditHeader; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--warning banner--action" role="note" id={id}>
      <span><strong>{t('packages.conflicts.banner', { count: audit.conflicts })}</strong> {t('packages.conflicts.bannerHint')}</span>
      <a className="button button--small" href={href('audits', audit.id, 'conflicts')}>{t('packages.conflicts.open')}</a>
    </div>
  );
}

/** A voided audit is read-only and out of lists and reports until it is restored. */
export function VoidedBanner({ audit, onReplaced }: { audit: AuditHeader; onReplaced: (d: AuditDetail) => void }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const restore = useApiMutation('audits.unvoid', ['audits', 'reports']);
  async function run() {
    try {
      onReplaced(await restore.mutateAsync({ auditId: audit.id }));
      notice(t('packages.void.restored'));
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }
  if (!audit.voided) return null;
  return (
    <div className="banner banner--voided banner--action" role="note">
      <span>
        <strong>{t('packages.void.banner', { at: formatDateTime(audit.voided.at, i18n.language) })}</strong>{' '}
        {t('packages.void.reason', { reason: audit.voided.reason })}
      </span>
      <button type="button" className="button button--small" disabled={restore.isPending} onClick={() => void run()}>{t('packages.void.restore')}</button>
    </div>
  );
}

/** A part of a split audit: the dimensions the lead gave this laptop's auditor. */
export function AssignmentBanner({ audit, groups }: { audit: AuditHeader; groups: { id: string; label: LocalizedText }[] }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  if (!audit.assignment || audit.status === 'final') return null;
  const names = audit.assignment.groupIds.map((id) => loc(groups.find((g) => g.id === id)?.label ?? { id, en: id }));
  return (
    <div className="banner banner--info" role="note">
      {t('packages.assignment.banner', { person: audit.assignment.person || '—', groups: names.join(', ') || '—' })}
    </div>
  );
}
