import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../../../shared/domain/products';

/** The app's traffic light: red not started, yellow in progress, green done. */
const STATUS_TONE: Record<FollowUpStatus, string> = { belum: 'red', proses: 'yellow', tuntas: 'green' };

export function FollowUpBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${STATUS_TONE[status]}`}>{t(`ombudsman.status.${status}`)}</span>;
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--red">{t('ombudsman.list.overdue')}</span>;
}
