import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../../shared/domain/audit';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { useNotice } from '../../components/notice';
import { formatDateTime } from './audit-text';

/** A voided audit in the list: when and why it was voided, and "Pulihkan" to bring it back. */
export function VoidedCell({ audit }: { audit: AuditSummary }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const restore = useApiMutation('audits.unvoid', ['audits', 'reports']);
  async function run() {
    try {
      await restore.mutateAsync({ auditId: audit.id });
      notice(t('packages.void.restored'));
    } catch (error) {
      // A period taken again since the void comes back as a field issue: its text says what to do.
      notice(errorText(t, error), 'error');
    }
  }
  return (
    <td className="voided-cell">
      <span className="badge badge--red">{t('packages.void.badge')}</span>
      {audit.voidedAt && <span className="cell-sub">{formatDateTime(audit.voidedAt, i18n.language)}</span>}
      <button type="button" className="button button--small" disabled={restore.isPending} onClick={() => void run()}
        aria-label={t('packages.void.restoreNamed', { name: `${audit.unitName} ${audit.period.year}` })}>
        {t('packages.void.restore')}
      </button>
    </td>
  );
}
