import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';

interface PasswordFieldsProps {
  value: { first: string; second: string };
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (value: { first: string; second: string }) => void;
}

/** A transfer password typed twice, with the plain warning that nobody can recover it. */
export function PasswordFields({ value, errors, disabled, onChange }: PasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="export-package__password">
      <p className="banner banner--warning small">{t('packages.export.passwordWarning')}</p>
      <div className="inline-fields">
        <Field label={t('packages.export.password')} error={errors.password} hint={t('packages.export.passwordHint')} required>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={value.first} disabled={disabled} onChange={(e) => onChange({ ...value, first: e.target.value })} />}
        </Field>
        <Field label={t('packages.export.repeat')} error={errors.repeat} required>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={value.second} disabled={disabled} onChange={(e) => onChange({ ...value, second: e.target.value })} />}
        </Field>
      </div>
    </div>
  );
}
