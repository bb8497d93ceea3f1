import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_GRADES, findingFields, type FindingFields } from '../../../../shared/domain/findings';
import { idSchema } from '../../../../shared/domain/registry';
import { useApi } from '../../api/queries';
import { DateField } from '../../components/date-field';
import { Field } from '../../components/field';
import { useValidatedSubmit } from '../../components/use-validated-submit';
import { ClausePicker } from './clause-picker';

/** The form's values: every field as text, as the inputs hold them. */
export interface FindingDraft {
  entityId: string;
  unitId: string;
  clause: string;
  grade: string;
  requirement: string;
  statement: string;
  evidence: string;
  auditor: string;
  foundOn: string;
  auditItemRef: string;
}

const draftSchema = findingFields.extend({ entityId: idSchema });

/** The draft as the channel's fields: an empty unit means the whole institution. */
export function toFields(d: FindingDraft): FindingFields {
  const { entityId: _entity, unitId, ...rest } = d;
  return { ...rest, unitId: unitId || null, grade: rest.grade as FindingFields['grade'] };
}

interface FindingFormProps {
  initial: FindingDraft;
  /** Editing keeps the institution a finding was raised in. */
  entityLocked: boolean;
  submitLabel: string;
  onSubmit: (draft: FindingDraft) => Promise<unknown>;
  onCancel: () => void;
}

/** Raise or edit a finding: the same schema as main checks first, main's own checks after. */
export function FindingForm({ initial, entityLocked, submitLabel, onSubmit, onCancel }: FindingFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  // The draft is checked as the channel's fields; what is sent is the draft itself.
  const { errors, formError, busy, submit, clearError } = useValidatedSubmit(draftSchema, () => onSubmit(draft));
  const entities = useApi('entities.list', { search: '', includeArchived: false });
  const units = useApi('units.list', { entityId: draft.entityId, search: '', includeArchived: false }, !!draft.entityId);

  const set = (name: keyof FindingDraft, value: string) => {
    setDraft((d) => ({ ...d, [name]: value, ...(name === 'entityId' ? { unitId: '' } : {}) }));
    clearError(name);
  };

  const text = (name: keyof FindingDraft, label: string, opts: { required?: boolean; placeholder?: string; rows?: number } = {}) => (
    <Field label={label} error={errors[name]} required={!!opts.required}>
      {(p) =>
        opts.rows ? (
          <textarea {...p} rows={opts.rows} value={draft[name]} placeholder={opts.placeholder} onChange={(e) => set(name, e.target.value)} />
        ) : (
          <input {...p} value={draft[name]} placeholder={opts.placeholder} onChange={(e) => set(name, e.target.value)} />
        )
      }
    </Field>
  );

  return (
    <form className="finding-form" onSubmit={(e) => submit(e, { ...toFields(draft), entityId: draft.entityId })} noValidate>
      <div className="inline-fields">
        <Field label={t('findings.fields.entity')} error={errors.entityId} required>
          {(p) => (
            <select {...p} value={draft.entityId} disabled={entityLocked} onChange={(e) => set('entityId', e.target.value)}>
              <option value="" disabled>—</option>
              {entities.data?.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('findings.fields.unit')} error={errors.unitId} hint={t('findings.hints.unit')}>
          {(p) => (
            <select {...p} value={draft.unitId} onChange={(e) => set('unitId', e.target.value)}>
              <option value="">{t('findings.noUnit')}</option>
              {units.data?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('findings.fields.clause')} error={errors.clause} hint={t('findings.hints.clause')} required>
          {(p) => <ClausePicker inputProps={p} value={draft.clause} onChange={(v) => set('clause', v)} />}
        </Field>
        <Field label={t('findings.fields.grade')} error={errors.grade} required>
          {(p) => (
            <select {...p} value={draft.grade} onChange={(e) => set('grade', e.target.value)}>
              {FINDING_GRADES.map((g) => <option key={g} value={g}>{t(`findings.grade.${g}`)}</option>)}
            </select>
          )}
        </Field>
        <DateField label={t('findings.fields.foundOn')} error={errors.foundOn} required value={draft.foundOn} onChange={(v) => set('foundOn', v)} />
        {text('auditor', t('findings.fields.auditor'))}
      </div>
      {text('requirement', t('findings.fields.requirement'), { rows: 2, placeholder: t('findings.placeholders.requirement') })}
      {text('statement', t('findings.fields.statement'), { rows: 3, required: true, placeholder: t('findings.placeholders.statement') })}
      {text('evidence', t('findings.fields.evidence'), { rows: 3, placeholder: t('findings.placeholders.evidence') })}
      {text('auditItemRef', t('findings.fields.auditItemRef'), { placeholder: t('findings.placeholders.auditItemRef') })}
      {formError && <p className="form-error" role="alert">{formError}</p>}
      <div className="form-actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>{t('actions.cancel')}</button>
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('status.saving') : submitLabel}</button>
      </div>
    </form>
  );
}
