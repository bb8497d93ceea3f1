import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auditReasonText, type AuditDetail } from '../../../../shared/domain/audit';
import { errorText, schemaProblem } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';

/** Voiding a draft made by mistake: it leaves lists and reports but stays, with the reason, in the trail. */
export function VoidDialog({ detail, onClose, onDone }: { detail: AuditDetail; onClose: () => void; onDone: (d: AuditDetail) => void }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('audits.void', ['audits', 'reports']);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = schemaProblem(t, auditReasonText, reason);
    if (problem) return setError(problem);
    try {
      onDone(await mutation.mutateAsync({ auditId: detail.audit.id, reason: reason.trim() }));
    } catch (err) {
      setError(errorText(t, err));
    }
  }

  return (
    <Modal title={t('packages.void.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="muted">{t('packages.void.intro', { unit: detail.audit.unit.name, year: detail.audit.period.year })}</p>
        <Field label={t('packages.void.reasonLabel')} hint={t('packages.void.reasonHint')} error={error} required>
          {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => { setReason(e.target.value); setError(''); }} />}
        </Field>
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onClose}>{t('actions.cancel')}</button>
          <button type="submit" className="button button--danger" disabled={mutation.isPending}>{t('packages.void.confirm')}</button>
        </div>
      </form>
    </Modal>
  );
}
