import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';

/** Picks a PNG or JPEG and keeps it as a data URL; main checks type and size again. */
export function LogoPicker({ value, error, onChange }: { value: string; error?: string | undefined; onChange: (dataUrl: string) => void }) {
  const { t } = useTranslation();
  function read(file: File | undefined) {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => onChange(String(reader.result));
    reader.readAsDataURL(file);
  }
  return (
    <Field label={t('settings.institutionLogo')} error={error}>
      {(p) => (
        <div className="logo-picker">
          {value && <img src={value} alt="" className="logo-picker__preview" />}
          <input {...p} type="file" accept="image/png,image/jpeg" onChange={(e) => read(e.target.files?.[0])} />
          {value && <button type="button" className="button button--ghost button--small" onClick={() => onChange('')}>{t('settings.removeLogo')}</button>}
        </div>
      )}
    </Field>
  );
}
