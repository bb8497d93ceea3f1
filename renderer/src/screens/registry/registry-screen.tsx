import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { SearchBox } from '../../components/search-box';
import { href } from '../../shell/router';
import { ArchiveButton } from './archive-button';
import { EntityForm } from './registry-forms';

/** The list of audited institutions, with search and archived records on request. */
export function RegistryScreen() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const entities = useApi('entities.list', { search, includeArchived });

  return (
    <section className="screen">
      <header className="screen__header">
        <div>
          <h1>{t('registry.title')}</h1>
          <p className="screen__subtitle">{t('registry.subtitle')}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>+ {t('registry.newEntity')}</button>
      </header>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} placeholder={t('registry.searchEntities')} />
        <label className="checkbox">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('actions.showArchived')}
        </label>
      </div>
      {entities.data && entities.data.length === 0 ? (
        search ? (
          <EmptyState title={t('registry.noMatches', { search })} />
        ) : (
          <EmptyState
            title={t('registry.noEntities')}
            hint={t('registry.noEntitiesHint')}
            action={<button type="button" className="button button--primary" onClick={() => setCreating(true)}>+ {t('registry.newEntity')}</button>}
          />
        )
      ) : (
        <table className="table" aria-label={t('registry.entities')}>
          <thead>
            <tr>
              <th>{t('registry.fields.name')}</th>
              <th>{t('registry.kind.label')}</th>
              <th>{t('registry.fields.province')}</th>
              <th>{t('registry.units')}</th>
              <th aria-label={t('actions.archive')} />
            </tr>
          </thead>
          <tbody>
            {entities.data?.map((e) => (
              <tr key={e.id} className={e.archivedAt ? 'row--archived' : undefined}>
                <td>
                  <a href={href('registry', e.id)} className="table__link">{e.name}</a>
                  {e.archivedAt && <span className="badge badge--muted">{t('status.archived')}</span>}
                </td>
                <td>{t(`registry.kind.${e.kind}`)}</td>
                <td>{e.province || '—'}</td>
                <td>{t('registry.unitCount', { count: e.unitCount })}</td>
                <td className="table__actions">
                  <ArchiveButton channel="entities.archive" id={e.id} name={e.name} archived={!!e.archivedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <EntityForm onClose={() => setCreating(false)} />}
    </section>
  );
}
