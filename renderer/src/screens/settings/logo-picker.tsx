import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Picks a PNG or JPEG and keeps it as a data URL; main checks type and size again.
 * The native file input is hidden behind a translated button (its own text follows the OS).
 */
export function LogoPicker({ value, error, onChange }: { value: string; error?: string | undefined; onChange: (dataUrl: string) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  function read(file: File | undefined) {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => onChange(String(reader.result));
    reader.readAsDataURL(file);
  }
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <span className="field__label">{t('settings.institutionLogo')}</span>
      <div className="logo-picker">
        {value && <img src={value} alt={t('settings.institutionLogo')} className="logo-picker__preview" />}
        <button type="button" className="button" onClick={() => input.current?.click()}>{t('settings.chooseLogo')}</button>
        <input ref={input} type="file" accept="image/png,image/jpeg" hidden aria-label={t('settings.institutionLogo')} onChange={(e) => read(e.target.files?.[0])} />
        {value && <button type="button" className="button button--ghost button--small" onClick={() => onChange('')}>{t('settings.removeLogo')}</button>}
      </div>
      {error && <p className="field__error" role="alert">{error}</p>}
    </div>
  );
}
