import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceProduct, ServiceUnit } from '../../../../shared/domain/registry';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { ArchiveButton } from './archive-button';
import { ProductForm } from './registry-forms';

/** The service products of one unit. */
export function ProductsPanel({ unit }: { unit: ServiceUnit }) {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const products = useApi('products.list', { unitId: unit.id, search: '', includeArchived });
  const [form, setForm] = useState<{ product?: ServiceProduct } | null>(null);

  return (
    <>
      <div className="panel__header">
        <h2>{t('registry.products')} — {unit.name}</h2>
        {!unit.archivedAt && <button type="button" className="button button--primary button--small" onClick={() => setForm({})}>+ {t('registry.newProduct')}</button>}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
        {t('actions.showArchived')}
      </label>
      {products.data?.length === 0 ? (
        <EmptyState title={t('registry.noProducts')} hint={t('registry.noProductsHint')} />
      ) : (
        <ul className="list" aria-label={t('registry.products')}>
          {products.data?.map((p) => (
            <li key={p.id} className={`list__item${p.archivedAt ? ' row--archived' : ''}`}>
              <div className="list__main">
                <span className="list__title">{p.name}</span>
                {p.description && <span className="list__meta">{p.description}</span>}
                {p.archivedAt && <span className="badge badge--muted">{t('status.archived')}</span>}
              </div>
              <div className="list__actions">
                <button type="button" className="button button--ghost button--small" onClick={() => setForm({ product: p })}>{t('actions.edit')}</button>
                <ArchiveButton channel="products.archive" id={p.id} name={p.name} archived={!!p.archivedAt} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {form && <ProductForm unitId={unit.id} {...(form.product ? { product: form.product } : {})} onClose={() => setForm(null)} />}
    </>
  );
}
