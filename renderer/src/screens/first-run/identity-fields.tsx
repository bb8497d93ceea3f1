import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { Field } from '../../components/field';
import { LogoPicker } from '../settings/logo-picker';

/** The settings the identity fields edit; the first-run guide and Settings share them. */
export type IdentityDraft = Pick<Settings, 'auditorName' | 'auditorNip' | 'auditorPosition' | 'institutionName' | 'institutionLogo' | 'institutionAddress' | 'institutionContact' | 'institutionPlace'>;

export const AUDITOR_KEYS = ['auditorName', 'auditorNip', 'auditorPosition'] as const;
export const AGENCY_KEYS = ['institutionName', 'institutionLogo', 'institutionAddress', 'institutionContact', 'institutionPlace'] as const;

interface FieldsProps {
  draft: IdentityDraft;
  errors: Record<string, string>;
  set: <K extends keyof IdentityDraft>(key: K, value: IdentityDraft[K]) => void;
}

/** Who signs: name, NIP (18 digits, optional: not every auditor is a civil servant), position. */
export function AuditorFields({ draft, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('settings.auditorName')} error={errors.auditorName}>
        {(p) => <input {...p} autoComplete="name" value={draft.auditorName} onChange={(e) => set('auditorName', e.target.value)} />}
      </Field>
      <Field label={t('settings.auditorNip')} hint={t('settings.auditorNipHint')} error={errors.auditorNip}>
        {(p) => <input {...p} inputMode="numeric" maxLength={18} value={draft.auditorNip} onChange={(e) => set('auditorNip', e.target.value)} />}
      </Field>
      <Field label={t('settings.auditorPosition')} hint={t('settings.auditorPositionHint')} error={errors.auditorPosition}>
        {(p) => <input {...p} value={draft.auditorPosition} onChange={(e) => set('auditorPosition', e.target.value)} />}
      </Field>
    </>
  );
}

/** The letterhead (kop surat) of every report, and the city of its place-and-date line. */
export function AgencyFields({ draft, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('settings.institutionName')} error={errors.institutionName}>
        {(p) => <input {...p} value={draft.institutionName} onChange={(e) => set('institutionName', e.target.value)} />}
      </Field>
      <LogoPicker value={draft.institutionLogo} error={errors.institutionLogo} onChange={(v) => set('institutionLogo', v)} />
      <Field label={t('settings.institutionAddress')} error={errors.institutionAddress}>
        {(p) => <textarea {...p} rows={2} value={draft.institutionAddress} onChange={(e) => set('institutionAddress', e.target.value)} />}
      </Field>
      <Field label={t('settings.institutionContact')} hint={t('settings.institutionContactHint')} error={errors.institutionContact}>
        {(p) => <input {...p} value={draft.institutionContact} onChange={(e) => set('institutionContact', e.target.value)} />}
      </Field>
      <Field label={t('settings.institutionPlace')} hint={t('settings.institutionPlaceHint')} error={errors.institutionPlace}>
        {(p) => <input {...p} value={draft.institutionPlace} onChange={(e) => set('institutionPlace', e.target.value)} />}
      </Field>
    </>
  );
}
