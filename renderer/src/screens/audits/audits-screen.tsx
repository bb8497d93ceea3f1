import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_STATUSES, type AuditFilter } from '../../../../shared/domain/audit';
import { ZONES } from '../../../../shared/methodology/template-schema';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { PageControl } from '../../components/page-control';
import { SearchBox } from '../../components/search-box';
import { SEARCH_DELAY_MS } from '../../components/use-debounced';
import { href } from '../../shell/router';
import { AuditsExportButton } from '../packages/audits-export-button';
import { formatScore, useLocalized } from './audit-text';
import { VoidedCell } from './voided-cell';
import './audits.css';

/** Rows per page: a province's laptop holds thousands of audits, and the page asks only for those it shows. */
const PAGE = 50;

/** Every audit with its score and zone, filtered by entity, unit, year, status and zone; voided ones on request. */
export function AuditsScreen() {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const [filter, setFilter] = useState<AuditFilter>({ search: '' });
  const [typed, setTyped] = useState('');
  const [page, setPage] = useState(0);
  // One row more than the page tells whether a next page exists.
  const audits = useApi('audits.list', { ...filter, limit: PAGE + 1, offset: page * PAGE });
  const shown = audits.data?.slice(0, PAGE);
  const entities = useApi('entities.list', { search: '', includeArchived: true });
  const units = useApi('units.list', { entityId: filter.entityId ?? '', search: '', includeArchived: true }, !!filter.entityId);
  const years = useApi('audits.years', {}).data ?? [];
  const set = (patch: Partial<AuditFilter>) => {
    setPage(0);
    setFilter((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '')) as AuditFilter);
  };
  useEffect(() => {
    if (typed === (filter.search ?? '')) return;
    const timer = setTimeout(() => set({ search: typed }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `set` only writes state; the typed text decides.
  }, [typed]);
  const filtered = Object.keys(filter).some((k) => k !== 'search') || !!filter.search;
  const voided = !!filter.voided;
  const startButton = <a className="button button--primary" href={href('audits', 'new')}>+ {t('audits.start.button')}</a>;

  return (
    <section className="screen">
      <header className="screen__header">
        <div>
          <h1>{t('audits.title')}</h1>
          <p className="screen__subtitle">{t('audits.subtitle')}</p>
        </div>
        <div className="screen__actions">
          <a className="button" href={href('audits', 'import')}>⇩ {t('packages.import.button')}</a>
          {!voided && <AuditsExportButton shown={shown ?? []} defaultEntityId={filter.entityId} />}
          {startButton}
        </div>
      </header>
      <div className="toolbar audit-filters">
        <SearchBox value={typed} onChange={setTyped} placeholder={t('audits.list.search')} />
        <select aria-label={t('audits.fields.entity')} value={filter.entityId ?? ''} onChange={(e) => set({ entityId: e.target.value || undefined, unitId: undefined })}>
          <option value="">{t('audits.list.allEntities')}</option>
          {entities.data?.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </select>
        <select aria-label={t('audits.fields.unit')} value={filter.unitId ?? ''} disabled={!filter.entityId} onChange={(e) => set({ unitId: e.target.value || undefined })}>
          <option value="">{t('audits.list.allUnits')}</option>
          {units.data?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        <select aria-label={t('audits.fields.year')} value={filter.year ?? ''} onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('audits.list.allYears')}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        <select aria-label={t('audits.list.status')} value={filter.status ?? ''} onChange={(e) => set({ status: (e.target.value || undefined) as AuditFilter['status'] })}>
          <option value="">{t('audits.list.allStatuses')}</option>
          {AUDIT_STATUSES.map((s) => <option key={s} value={s}>{t(`audits.status.${s}`)}</option>)}
        </select>
        <select aria-label={t('audits.list.zone')} value={filter.zone ?? ''} onChange={(e) => set({ zone: (e.target.value || undefined) as AuditFilter['zone'] })}>
          <option value="">{t('audits.list.allZones')}</option>
          {ZONES.map((z) => <option key={z} value={z}>{t(`zone.${z}`)}</option>)}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={voided} onChange={(e) => set({ voided: e.target.checked || undefined })} />
          {t('packages.void.showVoided')}
        </label>
      </div>
      {audits.error && <p role="alert">{errorText(t, audits.error)}</p>}
      {shown && shown.length === 0 && page === 0 ? (
        voided ? <EmptyState title={t('packages.void.noneVoided')} />
          : filtered ? <EmptyState title={t('audits.list.noMatches')} /> : <EmptyState title={t('audits.list.empty')} hint={t('audits.list.emptyHint')} action={startButton} />
      ) : (
        <table className="table audits-table" aria-label={t('audits.title')}>
          <thead>
            <tr>
              <th>{t('audits.fields.unit')}</th>
              <th>{t('audits.fields.period')}</th>
              <th>{t('audits.fields.template')}</th>
              <th>{t('audits.list.status')}</th>
              <th className="num">{t('audits.list.score')}</th>
              <th>{t('audits.list.zone')}</th>
              <th>{t('audits.score.grade')}</th>
              <th>{t('audits.list.progress')}</th>
              {voided && <th>{t('packages.void.column')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown?.map((a) => (
              <tr key={a.id}>
                <td>
                  <a href={href('audits', a.id)} className="table__link">{a.unitName}</a>
                  <span className="cell-sub">{a.entityName}</span>
                </td>
                <td>{a.period.year}{a.period.label && <span className="cell-sub">{a.period.label}</span>}</td>
                <td className="cell-template">{loc(a.template.name)}</td>
                <td><span className={`badge ${a.status === 'final' ? 'badge--muted' : 'badge--draft'}`}>{t(`audits.status.${a.status}`)}</span></td>
                <td className="num audits-table__score">{a.zone ? formatScore(a.score, i18n.language) : <span className="cell-sub">{t('audits.list.notScorable')}</span>}</td>
                <td>{a.zone ? <span className={`badge badge--${a.zone}`}>{t(`zone.${a.zone}`)}</span> : '—'}</td>
                <td>
                  {a.grade || a.opinion ? <span className={`badge badge--${a.bandZone ?? a.zone}`}>{a.grade ?? loc(a.opinion!)}</span> : '—'}
                  {/* The 2025 bands are inferred, not official: said under the opinion. */}
                  {!a.grade && a.opinion && <span className="cell-sub">{t('audits.opinion.estimate')}</span>}
                </td>
                <td>
                  <progress className="meter" value={a.progress} max={100} aria-label={t('audits.list.progress')} />
                  <span className="cell-sub">{formatScore(a.progress, i18n.language)}%</span>
                </td>
                {voided && <VoidedCell audit={a} />}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(page > 0 || (audits.data?.length ?? 0) > PAGE) && (
        <PageControl label={t('audits.list.pages')} page={page} hasNext={(audits.data?.length ?? 0) > PAGE} onPage={setPage}>
          {t('audits.list.page', { page: page + 1 })}
        </PageControl>
      )}
      {shown?.some((a) => a.template.placeholderWeights) && <p className="muted small" data-testid="list-placeholder">{t('audits.list.placeholderWeights')}</p>}
    </section>
  );
}
