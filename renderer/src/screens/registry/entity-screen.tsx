import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceUnit } from '../../../../shared/domain/registry';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { SearchBox } from '../../components/search-box';
import { href } from '../../shell/router';
import { ArchiveButton } from './archive-button';
import { EntityForm, UnitForm } from './registry-forms';
import { ProductsPanel } from './products-panel';

/** One institution: its details, its service units and the products of the selected unit. */
export function EntityScreen({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const entity = useApi('entities.get', { id: entityId });
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const units = useApi('units.list', { entityId, search, includeArchived });
  const [editing, setEditing] = useState(false);
  const [unitForm, setUnitForm] = useState<{ unit?: ServiceUnit } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  if (entity.error) return <section className="screen"><p role="alert">{errorText(t, entity.error)}</p></section>;
  if (!entity.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  const e = entity.data;
  const selected = units.data?.find((u) => u.id === selectedId) ?? null;

  return (
    <section className="screen">
      <a className="back-link" href={href('registry')}>← {t('registry.entities')}</a>
      <header className="screen__header">
        <div>
          <h1>{e.name}</h1>
          <p className="screen__subtitle">{t(`registry.kind.${e.kind}`)}{e.province ? ` · ${e.province}` : ''}</p>
        </div>
        <div className="button-row">
          <a className="button" href={href('ombudsman', 'entity', e.id)}>{t('ombudsman.openRegister')}</a>
          <button type="button" className="button" onClick={() => setEditing(true)}>{t('actions.edit')}</button>
          <ArchiveButton channel="entities.archive" id={e.id} name={e.name} archived={!!e.archivedAt} />
        </div>
      </header>
      {e.archivedAt && <p className="banner banner--muted">{t('registry.archivedNotice')}</p>}
      {e.notes && <p className="entity-notes">{e.notes}</p>}

      <div className="two-columns">
        <div className="panel">
          <div className="panel__header">
            <h2>{t('registry.units')}</h2>
            {!e.archivedAt && <button type="button" className="button button--primary button--small" onClick={() => setUnitForm({})}>+ {t('registry.newUnit')}</button>}
          </div>
          <div className="toolbar">
            <SearchBox value={search} onChange={setSearch} placeholder={t('registry.searchUnits')} />
            <label className="checkbox">
              <input type="checkbox" checked={includeArchived} onChange={(ev) => setIncludeArchived(ev.target.checked)} />
              {t('actions.showArchived')}
            </label>
          </div>
          {units.data?.length === 0 ? (
            search ? <EmptyState title={t('registry.noMatches', { search })} /> : <EmptyState title={t('registry.noUnits')} hint={t('registry.noUnitsHint')} />
          ) : (
            <ul className="list" aria-label={t('registry.units')}>
              {units.data?.map((u) => (
                <li key={u.id} className={`list__item${u.id === selectedId ? ' list__item--selected' : ''}${u.archivedAt ? ' row--archived' : ''}`}>
                  <button type="button" className="list__main" onClick={() => setSelectedId(u.id)} aria-pressed={u.id === selectedId}>
                    <span className="list__title">{u.name}</span>
                    <span className="list__meta">
                      {[u.category, t('registry.productCount', { count: u.productCount })].filter(Boolean).join(' · ')}
                      {u.archivedAt && <span className="badge badge--muted">{t('status.archived')}</span>}
                    </span>
                  </button>
                  <div className="list__actions">
                    <button type="button" className="button button--ghost button--small" onClick={() => setUnitForm({ unit: u })}>{t('actions.edit')}</button>
                    <ArchiveButton channel="units.archive" id={u.id} name={u.name} archived={!!u.archivedAt} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="panel">
          {selected ? <ProductsPanel unit={selected} /> : <EmptyState title={t('registry.products')} hint={t('registry.selectUnit')} />}
        </div>
      </div>

      {editing && <EntityForm entity={e} onClose={() => setEditing(false)} />}
      {unitForm && <UnitForm entityId={e.id} {...(unitForm.unit ? { unit: unitForm.unit } : {})} onClose={() => setUnitForm(null)} />}
    </section>
  );
}
