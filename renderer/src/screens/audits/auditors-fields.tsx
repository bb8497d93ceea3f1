import { useTranslation } from 'react-i18next';
import type { Auditor } from '../../../../shared/domain/audit';
import { Field } from '../../components/field';

/** The audit team: the first auditor leads (ketua tim); NIP is optional. */
export function AuditorsFields({ auditors, errors, onChange }: { auditors: Auditor[]; errors: Record<string, string>; onChange: (a: Auditor[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Auditor>) => onChange(auditors.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="fieldset">
      <legend>{t('audits.fields.auditors')}</legend>
      {auditors.map((a, i) => (
        <div key={i} className="auditor-row">
          <Field label={i === 0 ? t('audits.start.leadAuditor') : t('audits.start.auditorN', { n: i + 1 })} error={errors[`auditors.${i}.name`]} required={i === 0}>
            {(p) => <input {...p} value={a.name} onChange={(e) => set(i, { name: e.target.value })} />}
          </Field>
          <Field label={t('audits.start.nip', { n: i + 1 })} error={errors[`auditors.${i}.nip`]}>
            {(p) => <input {...p} inputMode="numeric" value={a.nip} onChange={(e) => set(i, { nip: e.target.value })} />}
          </Field>
          {i > 0 && (
            <button type="button" className="button button--ghost button--small auditor-row__remove" onClick={() => onChange(auditors.filter((_, j) => j !== i))}>
              {t('audits.start.removeAuditor', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      {errors.auditors && <p className="field__error" role="alert">{errors.auditors}</p>}
      <button type="button" className="button button--small" onClick={() => onChange([...auditors, { name: '', nip: '' }])}>+ {t('audits.start.addAuditor')}</button>
    </fieldset>
  );
}
