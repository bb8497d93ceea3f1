import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { href } from '../../shell/router';
import { DueList } from './due-list';
import './findings.css';

const SHOWN = 5;

/** For the home screen: ISO corrective actions that are late, so nobody has to go looking. */
export function OverdueActions() {
  const { t } = useTranslation();
  const dashboard = useApi('findings.dashboard', {});
  const d = dashboard.data;
  // Nothing to say before the first finding is recorded.
  if (!d || d.totals.all === 0) return null;
  return (
    <section className="panel home-overdue" aria-label={t('findings.home.overdueTitle')}>
      <div className="panel__header">
        <h2>{t('findings.home.overdueTitle')} ({d.overdue.length})</h2>
        <a href={href('findings', 'dashboard')}>{t('findings.home.viewDashboard')}</a>
      </div>
      <DueList items={d.overdue.slice(0, SHOWN)} label={t('findings.home.overdueTitle')} empty={t('findings.home.noOverdue')} late />
    </section>
  );
}
