import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toIssues } from '../../../../shared/contract/zod-issues';
import { auditReasonText, signOffFields, type AuditDetail } from '../../../../shared/domain/audit';
import { call } from '../../api/client';
import { errorIssues, errorText, issuesByField, schemaProblem } from '../../api/errors';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { todayIso } from './audit-text';

interface DialogProps {
  detail: AuditDetail;
  onClose: () => void;
  onDone: (detail: AuditDetail) => void;
}

/** Finalising: sign-off names and date, a warning about what is still unanswered, then audits.seal. */
export function SealDialog({ detail, defaults, onClose, onDone }: DialogProps & { defaults: { auditorName: string; agencyRepresentative: string } }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ ...defaults, date: todayIso() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const progress = detail.score.unit.progress;
  const openItems = progress.itemCount - progress.itemsComplete;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = signOffFields.safeParse(values);
    if (!parsed.success) return setErrors(issuesByField(t, toIssues(parsed.error)));
    setBusy(true);
    try {
      onDone(await call('audits.seal', { auditId: detail.audit.id, signOff: parsed.data }));
    } catch (error) {
      const issues = errorIssues(error);
      setErrors(issues.length ? issuesByField(t, issues.map((i) => ({ ...i, path: i.path.replace(/^signOff\./, '') }))) : { _form: errorText(t, error) });
      setBusy(false);
    }
  }
  const set = (name: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [name]: _gone, ...rest }) => rest);
  };

  return (
    <Modal title={t('audits.seal.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="muted">{t('audits.seal.intro')}</p>
        {openItems > 0 && (
          <p className="banner banner--warning" role="alert">
            {t('audits.seal.unanswered', { count: openItems, empty: progress.total - progress.answered })}
          </p>
        )}
        <Field label={t('audits.seal.auditorName')} error={errors.auditorName} required>
          {(p) => <input {...p} value={values.auditorName} onChange={(e) => set('auditorName', e.target.value)} />}
        </Field>
        <Field label={t('audits.seal.agencyRepresentative')} hint={t('audits.seal.agencyHint')} error={errors.agencyRepresentative} required>
          {(p) => <input {...p} value={values.agencyRepresentative} onChange={(e) => set('agencyRepresentative', e.target.value)} />}
        </Field>
        <Field label={t('audits.seal.date')} error={errors.date} required>
          {(p) => <input {...p} type="date" value={values.date} onChange={(e) => set('date', e.target.value)} />}
        </Field>
        {errors._form && <p className="form-error" role="alert">{errors._form}</p>}
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onClose}>{t('actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('status.saving') : t('audits.seal.confirm')}</button>
        </div>
      </form>
    </Modal>
  );
}

/** Reopening a sealed audit: the reason is required and kept in the trail with the old hash. */
export function ReopenDialog({ detail, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The same rule main applies, minimum length included, so "abc" is told why at once.
    const problem = schemaProblem(t, auditReasonText, reason);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      onDone(await call('audits.reopen', { auditId: detail.audit.id, reason: reason.trim() }));
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  }

  return (
    <Modal title={t('audits.reopen.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="muted">{t('audits.reopen.intro')}</p>
        <Field label={t('audits.reopen.reason')} error={error} required>
          {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => { setReason(e.target.value); setError(''); }} />}
        </Field>
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onClose}>{t('actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('audits.reopen.confirm')}</button>
        </div>
      </form>
    </Modal>
  );
}
