import { useTranslation } from 'react-i18next';
import type { FindingGrade, FindingStatus } from '../../../../shared/domain/findings';

/** Badge tones follow the app's traffic light: red needs action, yellow is in progress, green is done. */
const STATUS_TONE: Record<FindingStatus, string> = {
  open: 'red',
  action_planned: 'yellow',
  implemented: 'yellow',
  verified: 'green',
  closed: 'green',
  rejected: 'muted',
};
const GRADE_TONE: Record<FindingGrade, string> = { major: 'red', minor: 'yellow', observation: 'blue', ofi: 'muted' };

export function StatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${STATUS_TONE[status]}`}>{t(`findings.status.${status}`)}</span>;
}

export function GradeBadge({ grade }: { grade: FindingGrade }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${GRADE_TONE[grade]}`}>{t(`findings.grade.${grade}`)}</span>;
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--red">{t('findings.list.overdue')}</span>;
}

/** Chart colours: the same meaning as the badges. */
export const GRADE_COLORS: Record<FindingGrade, string> = { major: '#b42318', minor: '#d97706', observation: '#0b5cab', ofi: '#1a7f37' };
export const STATUS_COLORS: Record<FindingStatus, string> = {
  open: '#b42318', action_planned: '#d97706', implemented: '#e0a100', verified: '#1a7f37', closed: '#14532d', rejected: '#8a94a6',
};
