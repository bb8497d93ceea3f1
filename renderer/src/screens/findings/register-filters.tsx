import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_GRADES, FINDING_STATUSES, type FindingFilter } from '../../../../shared/domain/findings';
import { CLAUSES } from '../../../../shared/iso/clauses';
import { isIsoDate } from '../../../../shared/iso/dates';
import { useApi } from '../../api/queries';
import { DateField } from '../../components/date-field';
import { Field } from '../../components/field';
import { SearchBox } from '../../components/search-box';
import { useDebounced } from '../../components/use-debounced';
import { EMPTY_FILTER } from './default-filter';

/** Clauses to filter by: 4 to 10 and their second level; each also matches its sub-clauses. */
const FILTER_CLAUSES = CLAUSES.filter((c) => c.depth <= 2);

/** Filters by institution, unit, clause, grade, status, owner and due date, plus free-text search. */
export function RegisterFilters({ filter, onChange }: { filter: FindingFilter; onChange: (f: FindingFilter) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const entities = useApi('entities.list', { search: '', includeArchived: true });
  const units = useApi('units.list', { entityId: filter.entityId ?? '', search: '', includeArchived: true }, !!filter.entityId);
  const owners = useApi('findings.owners', filter.entityId ? { entityId: filter.entityId } : {});
  const set = (patch: Partial<FindingFilter>) => onChange({ ...filter, ...patch });
  // The search filters once typing pauses: a word is one query, not one per letter.
  const [typed, setTyped] = useState(filter.search ?? '');
  const settled = useDebounced(typed);
  useEffect(() => {
    if (settled !== (filter.search ?? '')) set({ search: settled });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a pause in typing applies the text.
  }, [settled]);
  const value = (v: string) => (v === '' ? undefined : v);
  // A half-typed date filters nothing yet; the field itself says when it is not a date.
  const date = (v: string) => (isIsoDate(v) ? v : undefined);
  const all = <option value="">{t('findings.filters.all')}</option>;

  return (
    <div className="filters" role="search" aria-label={t('findings.filters.label')}>
      <Field label={t('findings.fields.entity')}>
        {(p) => (
          <select {...p} value={filter.entityId ?? ''} onChange={(e) => set({ entityId: value(e.target.value), unitId: undefined })}>
            <option value="">{t('findings.filters.allEntities')}</option>
            {entities.data?.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('findings.fields.unit')}>
        {(p) => (
          <select {...p} value={filter.unitId ?? ''} disabled={!filter.entityId} onChange={(e) => set({ unitId: value(e.target.value) })}>
            <option value="">{t('findings.filters.allUnits')}</option>
            {units.data?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('findings.fields.clause')}>
        {(p) => (
          <select {...p} value={filter.clause ?? ''} onChange={(e) => set({ clause: value(e.target.value) })}>
            {all}
            {FILTER_CLAUSES.map((c) => (
              <option key={c.id} value={c.id}>{c.depth === 1 ? '' : '\u00a0\u00a0'}{c.id} {c.title[lang]}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('findings.fields.grade')}>
        {(p) => (
          <select {...p} value={filter.grade ?? ''} onChange={(e) => set({ grade: value(e.target.value) as FindingFilter['grade'] })}>
            {all}
            {FINDING_GRADES.map((g) => <option key={g} value={g}>{t(`findings.grade.${g}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('findings.fields.status')}>
        {(p) => (
          <select {...p} value={filter.status ?? ''} onChange={(e) => set({ status: value(e.target.value) as FindingFilter['status'] })}>
            {all}
            {FINDING_STATUSES.map((s) => <option key={s} value={s}>{t(`findings.status.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('findings.fields.owner')}>
        {(p) => (
          <select {...p} value={filter.owner ?? ''} onChange={(e) => set({ owner: value(e.target.value) })}>
            {all}
            {owners.data?.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        )}
      </Field>
      <DateField label={t('findings.filters.dueFrom')} value={filter.dueFrom ?? ''} max={filter.dueTo} onChange={(v) => set({ dueFrom: date(v) })} />
      <DateField label={t('findings.filters.dueTo')} value={filter.dueTo ?? ''} min={filter.dueFrom} onChange={(v) => set({ dueTo: date(v) })} />
      <div className="filters__search">
        <SearchBox value={typed} onChange={setTyped} placeholder={t('findings.filters.search')} />
      </div>
      <div className="filters__actions">
        <label className="checkbox">
          <input type="checkbox" checked={!!filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} />
          {t('findings.filters.overdueOnly')}
        </label>
        <button type="button" className="button button--ghost button--small" onClick={() => { setTyped(''); onChange(EMPTY_FILTER); }}>{t('findings.filters.clear')}</button>
      </div>
    </div>
  );
}
