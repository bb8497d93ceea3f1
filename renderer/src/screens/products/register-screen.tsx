import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OmbudsmanProductFilter } from '../../../../shared/domain/products';
import { formatDate } from '../../../../shared/format/dates';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { href } from '../../shell/router';
import { FollowUpBadge, OverdueBadge } from './labels';
import { ProductForm } from './product-form';
import { ProductFilters } from './register-filters';

/** The register of Ombudsman products: filters, the list with lateness, and recording a new one. */
export function ProductRegisterScreen({ filter, onFilter }: { filter: OmbudsmanProductFilter; onFilter: (f: OmbudsmanProductFilter) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const products = useApi('ombudsman.list', filter);
  const entity = useApi('entities.get', { id: filter.entityId ?? '' }, !!filter.entityId);
  const [adding, setAdding] = useState(false);
  const overdue = products.data?.filter((p) => p.overdue).length ?? 0;
  const filtered = Object.entries(filter).some(([k, v]) => k !== 'entityId' && (k === 'search' ? v !== '' : k === 'overdueOnly' ? v : v !== undefined));
  const newButton = filter.entityId && !entity.data?.archivedAt && (
    <button type="button" className="button button--primary" onClick={() => setAdding(true)}>+ {t('ombudsman.newProduct')}</button>
  );

  return (
    <section className="screen">
      <header className="screen__header">
        <div>
          <h1>{t('ombudsman.title')}</h1>
          <p className="screen__subtitle">{entity.data ? t('ombudsman.entitySubtitle', { entity: entity.data.name }) : t('ombudsman.subtitle')}</p>
        </div>
        {newButton || <p className="muted small">{t('ombudsman.list.pickEntity')}</p>}
      </header>
      <ProductFilters filter={filter} onChange={onFilter} />
      <div className="register-summary">
        <span className="muted" role="status">{products.data ? t('ombudsman.list.count', { count: products.data.length }) : t('app.loading')}</span>
      </div>
      {overdue > 0 && <p className="banner banner--warning" data-testid="products-overdue">{t('ombudsman.list.overdueCount', { count: overdue })}</p>}
      {products.error && <p role="alert" className="form-error">{errorText(t, products.error)}</p>}
      {products.data?.length === 0 ? (
        <EmptyState title={filtered ? t('ombudsman.list.noMatches') : t('ombudsman.list.empty')} {...(filtered ? {} : { hint: t('ombudsman.list.emptyHint') })} />
      ) : (
        <table className="table findings-table" aria-label={t('ombudsman.list.label')}>
          <thead>
            <tr>
              <th>{t('ombudsman.fields.kind')}</th>
              <th>{t('ombudsman.fields.number')}</th>
              <th>{t('ombudsman.fields.request')}</th>
              <th>{t('ombudsman.fields.unit')}</th>
              <th>{t('ombudsman.fields.dueOn')}</th>
              <th>{t('ombudsman.fields.status')}</th>
            </tr>
          </thead>
          <tbody>
            {products.data?.map((p) => (
              <tr key={p.id}>
                <td>{t(`ombudsman.kind.${p.kind}`)}</td>
                <td className="nowrap">
                  <div className="cell-stack">
                    <a className="table__link" href={href('ombudsman', p.id)}>{p.number}</a>
                    <span className="muted small">{formatDate(p.issuedOn, lang)}</span>
                  </div>
                </td>
                <td className="statement">{p.request}</td>
                <td>
                  <div className="cell-stack">
                    <span>{p.unitName ?? t('ombudsman.noUnit')}</span>
                    <span className="muted small">{p.entityName}</span>
                  </div>
                </td>
                <td className="nowrap">
                  <div className="cell-stack">
                    <span>{formatDate(p.dueOn, lang)}</span>
                    {p.overdue && <OverdueBadge />}
                  </div>
                </td>
                <td>
                  <div className="cell-stack">
                    <FollowUpBadge status={p.status} />
                    {p.completedOn && <span className="muted small">{formatDate(p.completedOn, lang)}</span>}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && filter.entityId && <ProductForm entityId={filter.entityId} onClose={() => setAdding(false)} />}
    </section>
  );
}
