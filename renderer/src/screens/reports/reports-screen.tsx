import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { href } from '../../shell/router';
import './reports.css';

/** The Reports section: pick an institution to see its overview and export its reports. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const entities = useApi('entities.list', { search: '', includeArchived: false });
  return (
    <section className="screen">
      <header className="screen__header">
        <div>
          <h1>{t('reports.ui.title')}</h1>
          <p className="screen__subtitle">{t('reports.ui.intro')}</p>
        </div>
      </header>
      {entities.data?.length === 0 ? (
        <EmptyState title={t('reports.ui.noEntities')} hint={t('reports.ui.noEntitiesHint')} action={<a className="button" href={href('registry')}>{t('nav.registry')}</a>} />
      ) : (
        <ul className="list report-entities" aria-label={t('reports.ui.entities')}>
          {entities.data?.map((e) => (
            <li key={e.id} className="list__item">
              <a className="list__main" href={href('reports', e.id)}>
                <span className="list__title">{e.name}</span>
                <span className="list__meta">{[t(`registry.kind.${e.kind}`), e.province, t('registry.unitCount', { count: e.unitCount })].filter(Boolean).join(' · ')}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
