import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';

interface TrustDeviceDialogProps {
  /** The key from a package's maker; without it the user pastes one (Settings). */
  publicKey?: string | undefined;
  deviceId?: string | undefined;
  suggestedLabel: string;
  onClose: () => void;
  onDone: (label: string) => void;
}

/**
 * Marks a laptop as trusted here: its seals and packages then show the label instead of
 * "unknown". The user is asked to check the device id with its owner first, because a package
 * can claim any laptop name.
 */
export function TrustDeviceDialog({ publicKey, deviceId, suggestedLabel, onClose, onDone }: TrustDeviceDialogProps) {
  const { t } = useTranslation();
  const trust = useApiMutation('devices.trust', ['devices', 'packages', 'audits']);
  const [key, setKey] = useState(publicKey ?? '');
  const [label, setLabel] = useState(suggestedLabel);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing = { ...(key.trim() ? {} : { publicKey: t('validation.required') }), ...(label.trim() ? {} : { label: t('validation.required') }) };
    if (Object.keys(missing).length) return setErrors(missing);
    try {
      await trust.mutateAsync({ publicKey: key.trim(), label: label.trim() });
      onDone(label.trim());
    } catch (error) {
      const issues = errorIssues(error);
      setErrors(issues.length ? issuesByField(t, issues) : { _form: errorText(t, error) });
    }
  }

  return (
    <Modal title={t('packages.trust.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="muted">{t('packages.trust.intro')}</p>
        {publicKey ? (
          <p className="trust-device__id">{t('packages.trust.deviceId')} <code>{deviceId}</code></p>
        ) : (
          <Field label={t('packages.trust.publicKey')} hint={t('packages.trust.publicKeyHint')} error={errors.publicKey} required>
            {(p) => <textarea {...p} rows={3} className="mono" value={key} spellCheck={false} onChange={(e) => { setKey(e.target.value); setErrors({}); }} />}
          </Field>
        )}
        <Field label={t('packages.trust.label')} hint={t('packages.trust.labelHint')} error={errors.label} required>
          {(p) => <input {...p} value={label} onChange={(e) => { setLabel(e.target.value); setErrors({}); }} />}
        </Field>
        {errors._form && <p className="form-error" role="alert">{errors._form}</p>}
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onClose}>{t('actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={trust.isPending}>{t('packages.trust.confirm')}</button>
        </div>
      </form>
    </Modal>
  );
}
