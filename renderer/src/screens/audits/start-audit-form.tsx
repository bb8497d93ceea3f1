import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toIssues } from '../../../../shared/contract/zod-issues';
import { createAuditInput, type Auditor, type CreateAuditInput } from '../../../../shared/domain/audit';
import type { TemplateSummary } from '../../../../shared/domain/templates';
import { MAX_RESPONDENTS, type TemplateGroup } from '../../../../shared/methodology/template-schema';
import { outsideValidYears } from '../../../../shared/methodology/valid-years';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { DateField } from '../../components/date-field';
import { Field } from '../../components/field';
import { href, navigate } from '../../shell/router';
import { AuditorsFields } from './auditors-fields';
import { useLocalized } from './audit-text';
import './audits.css';

const keyOf = (t: { id: string; version: number }) => `${t.id}@${t.version}`;
/** A method still in force (2025 onward) is valid to the last year a template may name. */
const OPEN_ENDED_YEAR = 2100;
/** The method in force for the audited year, else the newest one: what the auditor almost always wants. */
function templateForYear(list: TemplateSummary[], year: number): TemplateSummary | undefined {
  const newest = [...list].sort((a, b) => b.validYears.to - a.validYears.to || b.version - a.version);
  return newest.find((x) => !outsideValidYears(x, year)) ?? newest[0];
}

/** Starting an audit: what is audited, when, by which method and team, and how many respondents. */
export function StartAuditForm() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const settings = useApi('settings.get', {});
  const entities = useApi('entities.list', { search: '', includeArchived: false });
  const templates = useApi('templates.list', {});
  const create = useApiMutation('audits.create', ['audits', 'templates']);
  const [entityId, setEntityId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [period, setPeriod] = useState({ year: new Date().getFullYear(), label: '', start: '', end: '' });
  const [chosenTemplate, setChosenTemplate] = useState<string | null>(null);
  const [auditors, setAuditors] = useState<Auditor[] | null>(null);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const units = useApi('units.list', { entityId, search: '', includeArchived: false }, !!entityId);

  const summary = chosenTemplate ? templates.data?.find((x) => keyOf(x) === chosenTemplate) : templateForYear(templates.data ?? [], period.year);
  const template = useApi('templates.get', { id: summary?.id ?? '', version: summary?.version ?? 1 }, !!summary);
  const team = auditors ?? [{ name: settings.data?.auditorName ?? '', nip: settings.data?.auditorNip ?? '' }];
  const productCount = units.data?.find((u) => u.id === unitId)?.productCount ?? 0;
  /** What main starts a group with when no count is sent: product groups grow to the unit's products. */
  const defaultCount = (g: TemplateGroup) =>
    g.respondents.kind === 'product' ? Math.min(Math.max(g.respondents.defaultCount, productCount), MAX_RESPONDENTS) : g.respondents.defaultCount;
  const clear = (...keys: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const groups = template.data?.template.groups ?? [];
    const input: CreateAuditInput = {
      unitId,
      template: { id: summary?.id ?? '', version: summary?.version ?? 0 },
      period: { year: period.year, label: period.label, start: period.start || null, end: period.end || null },
      auditors: team,
      // Only counts the auditor changed: main fills the rest, product slots from the unit's registry products.
      respondents: Object.fromEntries(groups.map((g) => [g.id, { count: counts[g.id], labels: [] }])),
    };
    const parsed = createAuditInput.safeParse(input);
    if (!parsed.success) {
      const found = issuesByField(t, toIssues(parsed.error));
      // An empty choice is "required", not the schema's "invalid id".
      if (!unitId) found.unitId = t('validation.required');
      if (!entityId) found.entityId = t('validation.required');
      return setErrors(found);
    }
    try {
      const detail = await create.mutateAsync(parsed.data);
      navigate('audits', detail.audit.id);
    } catch (error) {
      const issues = errorIssues(error);
      setErrors(issues.length ? issuesByField(t, issues) : { _form: errorText(t, error) });
    }
  }

  if (entities.data?.length === 0) {
    return (
      <section className="screen screen--narrow">
        <h1>{t('audits.start.title')}</h1>
        <EmptyState title={t('audits.start.noEntities')} hint={t('audits.start.noEntitiesHint')} action={<a className="button button--primary" href={href('registry')}>{t('home.goRegistry')}</a>} />
      </section>
    );
  }

  return (
    <section className="screen screen--narrow">
      <a className="back-link" href={href('audits')}>← {t('audits.title')}</a>
      <header className="screen__header">
        <div>
          <h1>{t('audits.start.title')}</h1>
          <p className="screen__subtitle">{t('audits.start.subtitle')}</p>
        </div>
      </header>
      <form className="panel start-form" onSubmit={submit} noValidate>
        <fieldset className="fieldset">
          <legend>{t('audits.start.what')}</legend>
          <Field label={t('audits.fields.entity')} error={errors.entityId} required>
            {(p) => (
              <select {...p} value={entityId} onChange={(e) => { setEntityId(e.target.value); setUnitId(''); clear('entityId', 'unitId'); }}>
                <option value="">{t('audits.start.chooseEntity')}</option>
                {entities.data?.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('audits.fields.unit')} error={errors.unitId} hint={entityId && units.data?.length === 0 ? t('audits.start.noUnits') : undefined} required>
            {(p) => (
              <select {...p} value={unitId} disabled={!entityId} onChange={(e) => { setUnitId(e.target.value); clear('unitId'); }}>
                <option value="">{t('audits.start.chooseUnit')}</option>
                {units.data?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('audits.fields.period')}</legend>
          <div className="inline-fields">
            <Field label={t('audits.fields.year')} error={errors['period.year']} required>
              {(p) => <input {...p} type="number" min={2000} max={2100} value={Number.isNaN(period.year) ? '' : period.year} onChange={(e) => { setPeriod({ ...period, year: e.target.valueAsNumber }); clear('period.year'); }} />}
            </Field>
            <Field label={t('audits.fields.periodLabel')} hint={t('audits.start.periodLabelHint')} error={errors['period.label']}>
              {(p) => <input {...p} value={period.label} onChange={(e) => { setPeriod({ ...period, label: e.target.value }); clear('period.year', 'period.label'); }} />}
            </Field>
            <DateField label={t('audits.fields.start')} error={errors['period.start']} value={period.start} onChange={(start) => setPeriod({ ...period, start })} />
            <DateField label={t('audits.fields.end')} error={errors['period.end']} min={period.start || undefined} value={period.end} onChange={(end) => { setPeriod({ ...period, end }); clear('period.end'); }} />
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('audits.fields.template')}</legend>
          <Field label={t('audits.start.method')} error={errors['template.id']} hint={summary ? `${loc(summary.description)} (${t(summary.validYears.to >= OPEN_ENDED_YEAR ? 'audits.start.methodSince' : 'audits.start.methodYears', summary.validYears)})` : undefined} required>
            {(p) => (
              <select {...p} value={summary ? keyOf(summary) : ''} onChange={(e) => { setChosenTemplate(e.target.value); setCounts({}); }}>
                {templates.data?.map((x) => <option key={keyOf(x)} value={keyOf(x)}>{loc(x.name)} · v{x.version}</option>)}
              </select>
            )}
          </Field>
          {summary && outsideValidYears(summary, period.year) && (
            <p className="banner banner--warning" role="status" data-testid="outside-years">
              {t('audits.start.outsideYears', { year: period.year, from: summary.validYears.from, to: summary.validYears.to })}
            </p>
          )}
        </fieldset>

        <AuditorsFields auditors={team} errors={errors} onChange={(a) => { setAuditors(a); clear(...Object.keys(errors).filter((k) => k.startsWith('auditors'))); }} />

        <fieldset className="fieldset">
          <legend>{t('audits.start.respondents')}</legend>
          <p className="muted small">{t('audits.start.respondentsHint')}</p>
          <div className="respondent-counts">
            {template.data?.template.groups.map((g) => (
              <Field key={g.id} label={`${loc(g.label)} · ${loc(g.respondents.label)}`} error={errors[`respondents.${g.id}.count`]}>
                {(p) => (
                  <input {...p} type="number" min={g.survey?.minCount ?? 1} max={g.survey?.maxCount ?? MAX_RESPONDENTS} value={counts[g.id] ?? defaultCount(g)}
                    onChange={(e) => { setCounts({ ...counts, [g.id]: e.target.valueAsNumber }); clear(`respondents.${g.id}.count`); }} />
                )}
              </Field>
            ))}
          </div>
        </fieldset>

        {(errors._form || Object.keys(errors).length > 0) && <p className="form-error" role="alert">{errors._form ?? t('errors.validation')}</p>}
        <div className="form-actions">
          <a className="button button--ghost" href={href('audits')}>{t('actions.cancel')}</a>
          <button type="submit" className="button button--primary" disabled={create.isPending || !template.data}>{t('audits.start.submit')}</button>
        </div>
      </form>
    </section>
  );
}
