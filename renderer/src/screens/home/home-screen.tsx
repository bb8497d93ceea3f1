import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { href } from '../../shell/router';
import { RecentAudits } from '../audits/recent-audits';
import { OverdueActions } from '../findings/overdue-actions';
import { BackupWarning } from './backup-warning';

/** The first screen: what is here and where to go next. Later areas add their summaries. */
export function HomeScreen() {
  const { t } = useTranslation();
  const entities = useApi('entities.list', { search: '', includeArchived: false });
  const unitTotal = entities.data?.reduce((sum, e) => sum + e.unitCount, 0) ?? 0;
  return (
    <section className="screen">
      <header className="screen__header">
        <div>
          <h1>{t('home.welcome')}</h1>
          <p className="screen__subtitle">{t('home.intro')}</p>
        </div>
      </header>
      <BackupWarning />
      <div className="stat-row">
        <div className="stat"><span className="stat__value">{entities.data?.length ?? '…'}</span><span className="stat__label">{t('home.entities')}</span></div>
        <div className="stat"><span className="stat__value">{entities.data ? unitTotal : '…'}</span><span className="stat__label">{t('home.units')}</span></div>
      </div>
      <RecentAudits />
      <OverdueActions />
      <p className="button-row">
        <a className="button button--primary" href={href('registry')}>{t('home.goRegistry')}</a>
        <a className="button" href={href('audits', 'import')}>⇩ {t('packages.import.button')}</a>
      </p>
    </section>
  );
}
