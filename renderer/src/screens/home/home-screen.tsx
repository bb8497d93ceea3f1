import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { href } from '../../shell/router';
import { RecentAudits } from '../audits/recent-audits';
import { OverdueActions } from '../findings/overdue-actions';
import { BackupWarning } from './backup-warning';
import { LastBackup } from './last-backup';
import { NextStep } from './next-step';
import './home.css';

/** The first screen: the next useful step, then what is in progress and what is late. */
export function HomeScreen() {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  const entities = useApi('entities.list', { search: '', includeArchived: false });
  const audits = useApi('audits.list', {});
  const unitTotal = entities.data?.reduce((sum, e) => sum + e.unitCount, 0) ?? 0;
  const drafts = audits.data?.filter((a) => a.status === 'draft' && !a.voidedAt).length;
  return (
    <section className="screen">
      <header className="screen__header">
        <div>
          <h1>{t('home.welcome')}</h1>
          <p className="screen__subtitle">{t('home.intro')}</p>
        </div>
      </header>
      <BackupWarning />
      {settings.data && entities.data && audits.data && (
        <NextStep settings={settings.data} entityCount={entities.data.length} unitCount={unitTotal} audits={audits.data} />
      )}
      <div className="stat-row">
        <a className="stat stat--link" href={href('registry')}><span className="stat__value">{entities.data?.length ?? '…'}</span><span className="stat__label">{t('home.entities')}</span></a>
        <div className="stat"><span className="stat__value">{entities.data ? unitTotal : '…'}</span><span className="stat__label">{t('home.units')}</span></div>
        <a className="stat stat--link" href={href('audits')}><span className="stat__value">{drafts ?? '…'}</span><span className="stat__label">{t('home.drafts')}</span></a>
      </div>
      <RecentAudits />
      <OverdueActions />
      <LastBackup />
      <p className="button-row">
        <a className="button" href={href('registry')}>{t('home.goRegistry')}</a>
        <a className="button" href={href('audits', 'import')}>⇩ {t('packages.import.button')}</a>
      </p>
    </section>
  );
}
