import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DateField } from './date-field';
import { Field } from './field';
import { Modal } from './modal';
import { useValidatedSubmit } from './use-validated-submit';

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'date';
  options?: { value: string; label: string }[];
  placeholder?: string;
  required?: boolean;
  /** Date fields: the earliest and latest day accepted (main checks them too). */
  min?: string;
  max?: string;
}

interface FormModalProps<S extends z.ZodType> {
  title: string;
  fields: FieldSpec[];
  initial: Record<string, string>;
  /** The same schema main checks with, so most mistakes are caught before a round trip. */
  schema: S;
  onSubmit: (values: z.output<S>) => Promise<unknown>;
  onClose: () => void;
}

/** A small form in a dialog: Enter saves, Escape cancels, errors appear beside their fields. */
export function FormModal<S extends z.ZodType>({ title, fields, initial, schema, onSubmit, onClose }: FormModalProps<S>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const { errors, formError, busy, submit, clearError } = useValidatedSubmit(schema, async (parsed) => {
    await onSubmit(parsed);
    onClose();
  });

  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    clearError(name);
  };

  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={(e) => submit(e, values)} noValidate>
        {fields.map((f) => f.kind === 'date' ? (
          <DateField key={f.name} name={f.name} label={f.label} error={errors[f.name]} required={!!f.required} min={f.min} max={f.max} value={values[f.name] ?? ''} onChange={(v) => set(f.name, v)} />
        ) : (
          <Field key={f.name} label={f.label} error={errors[f.name]} required={!!f.required}>
            {(props) =>
              f.kind === 'select' ? (
                <select {...props} name={f.name} value={values[f.name] ?? ''} onChange={(e) => set(f.name, e.target.value)}>
                  {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              ) : f.kind === 'textarea' ? (
                <textarea {...props} name={f.name} rows={3} value={values[f.name] ?? ''} placeholder={f.placeholder} onChange={(e) => set(f.name, e.target.value)} />
              ) : (
                <input {...props} name={f.name} type="text" value={values[f.name] ?? ''} placeholder={f.placeholder} onChange={(e) => set(f.name, e.target.value)} />
              )
            }
          </Field>
        ))}
        {formError && <p className="form-error" role="alert">{formError}</p>}
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onClose}>{t('actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('status.saving') : t('actions.save')}</button>
        </div>
      </form>
    </Modal>
  );
}
