import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES, OMBUDSMAN_PRODUCT_KINDS, type OmbudsmanProductFilter } from '../../../../shared/domain/products';
import { useApi } from '../../api/queries';
import { Field } from '../../components/field';
import { SearchBox } from '../../components/search-box';

/** Years offered in the year filter: this one and the ten before (products older than that are rare). */
const YEARS = Array.from({ length: 11 }, (_, i) => new Date().getFullYear() - i);

/** Filters by institution, unit, kind, follow-up status, year and lateness, plus free-text search. */
export function ProductFilters({ filter, onChange }: { filter: OmbudsmanProductFilter; onChange: (f: OmbudsmanProductFilter) => void }) {
  const { t } = useTranslation();
  const entities = useApi('entities.list', { search: '', includeArchived: true });
  const units = useApi('units.list', { entityId: filter.entityId ?? '', search: '', includeArchived: true }, !!filter.entityId);
  const set = (patch: Partial<OmbudsmanProductFilter>) => onChange({ ...filter, ...patch });
  const value = (v: string) => (v === '' ? undefined : v);

  return (
    <div className="filters" role="search" aria-label={t('ombudsman.filters.label')}>
      <Field label={t('ombudsman.filters.entity')}>
        {(p) => (
          <select {...p} value={filter.entityId ?? ''} onChange={(e) => set({ entityId: value(e.target.value), unitId: undefined })}>
            <option value="">{t('ombudsman.allEntities')}</option>
            {entities.data?.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('ombudsman.fields.unit')}>
        {(p) => (
          <select {...p} value={filter.unitId ?? ''} disabled={!filter.entityId} onChange={(e) => set({ unitId: value(e.target.value) })}>
            <option value="">—</option>
            {units.data?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('ombudsman.filters.kind')}>
        {(p) => (
          <select {...p} value={filter.kind ?? ''} onChange={(e) => set({ kind: value(e.target.value) as OmbudsmanProductFilter['kind'] })}>
            <option value="">{t('ombudsman.filters.allKinds')}</option>
            {OMBUDSMAN_PRODUCT_KINDS.map((k) => <option key={k} value={k}>{t(`ombudsman.kind.${k}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('ombudsman.filters.status')}>
        {(p) => (
          <select {...p} value={filter.status ?? ''} onChange={(e) => set({ status: value(e.target.value) as OmbudsmanProductFilter['status'] })}>
            <option value="">{t('ombudsman.filters.allStatuses')}</option>
            {FOLLOW_UP_STATUSES.map((s) => <option key={s} value={s}>{t(`ombudsman.status.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('ombudsman.filters.year')}>
        {(p) => (
          <select {...p} value={filter.year ?? ''} onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}>
            <option value="">{t('ombudsman.filters.allYears')}</option>
            {YEARS.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        )}
      </Field>
      <div className="filters__search">
        <SearchBox value={filter.search ?? ''} onChange={(search) => set({ search })} placeholder={t('ombudsman.filters.search')} />
      </div>
      <div className="filters__actions">
        <label className="checkbox">
          <input type="checkbox" checked={!!filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} />
          {t('ombudsman.filters.overdueOnly')}
        </label>
      </div>
    </div>
  );
}
