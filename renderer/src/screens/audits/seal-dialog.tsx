import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toIssues } from '../../../../shared/contract/zod-issues';
import { auditReasonText, signOffFields, type AuditDetail } from '../../../../shared/domain/audit';
import { respondentsWithoutProof } from '../../../../shared/methodology/proof-gaps';
import { call } from '../../api/client';
import { useApi } from '../../api/queries';
import { errorIssues, errorText, issuesByField, schemaProblem } from '../../api/errors';
import { DateField } from '../../components/date-field';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { todayIso } from './audit-text';
import { SignaturePad } from './signature-pad';
import './signature-pad.css';

interface DialogProps {
  detail: AuditDetail;
  onClose: () => void;
  onDone: (detail: AuditDetail) => void;
}

interface SignerValues {
  role: 'auditor' | 'representative';
  name: string;
  nip: string;
  /** null: not edited here (the lead's comes from Settings). */
  position: string | null;
  drawn: string;
}

/**
 * Finalising: a signature block for every auditor and the unit's representative (name, NIP,
 * position, and a signature drawn on the pad or left for the typed name), the date, a warning
 * about what is still unanswered, then audits.seal. The auditors' names are the audit's own:
 * changing the team is done in the audit's details, before sealing.
 */
export function SealDialog({ detail, defaults, onClose, onDone }: DialogProps & { defaults: { auditorName: string; agencyRepresentative: string } }) {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  const [signers, setSigners] = useState<SignerValues[]>(() => [
    ...detail.audit.auditors.map((a): SignerValues => ({ role: 'auditor', name: a.name, nip: a.nip, position: null, drawn: '' })),
    { role: 'representative', name: defaults.agencyRepresentative, nip: '', position: null, drawn: '' },
  ]);
  const [date, setDate] = useState(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const progress = detail.score.unit.progress;
  const openItems = progress.itemCount - progress.itemsComplete;
  const asksProof = detail.template.groups.some((g) => g.survey?.proof);
  const proofs = useApi('audits.proofs', { auditId: detail.audit.id }, asksProof);
  const unproven = proofs.data ? respondentsWithoutProof(detail.template, detail.audit.respondents, detail.answers, proofs.data) : 0;

  // The auditor using this laptop signs with the position kept in Settings until it is edited here.
  const me = settings.data;
  const positionOf = (s: SignerValues) => s.position ?? (s.role === 'auditor' && me && s.name === me.auditorName ? me.auditorPosition : '');
  const shown = signers.map((s) => ({ ...s, position: positionOf(s) }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const representative = shown.find((s) => s.role === 'representative')!;
    const values = { auditorName: shown[0]!.name, agencyRepresentative: representative.name.trim(), date, signers: shown };
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
  const set = (index: number, field: keyof SignerValues, value: string) => {
    setSigners((list) => list.map((s, i) => (i === index ? { ...s, [field]: value } : s)));
    setErrors(({ [`signers.${index}.${field}`]: _gone, agencyRepresentative: _name, signers: _all, ...rest }) => rest);
  };
  const errorOf = (index: number, field: string) => errors[`signers.${index}.${field}`] ?? (field === 'name' && signers[index]!.role === 'representative' ? errors.agencyRepresentative : undefined);

  return (
    <Modal title={t('audits.seal.title')} onClose={onClose} className="modal--seal">
      <form onSubmit={submit} noValidate className="seal-form">
        <p className="muted">{t('audits.seal.intro')}</p>
        {openItems > 0 && (
          <p className="banner banner--warning" role="alert">
            {t('audits.seal.unanswered', { count: openItems, empty: progress.total - progress.answered })}
          </p>
        )}
        {unproven > 0 && (
          <p className="banner banner--warning" role="alert" data-testid="seal-unproven">{t('audits.seal.unproven', { count: unproven })}</p>
        )}
        <div className="seal-form__signers">
          {shown.map((s, i) => (
            <fieldset key={i} className="signer">
              <legend>{s.role === 'representative' ? t('audits.seal.representative') : i === 0 ? t('audits.seal.leadAuditor') : t('audits.seal.memberAuditor')}</legend>
              {s.role === 'auditor' ? (
                <p className="signer__name">{s.name}</p>
              ) : (
                <Field label={t('audits.seal.agencyRepresentative')} hint={t('audits.seal.agencyHint')} error={errorOf(i, 'name')} required>
                  {(p) => <input {...p} value={s.name} onChange={(e) => set(i, 'name', e.target.value)} />}
                </Field>
              )}
              <div className="signer__row">
                <Field label={t('audits.seal.nip')} error={errorOf(i, 'nip')}>
                  {(p) => <input {...p} inputMode="numeric" value={s.nip} onChange={(e) => set(i, 'nip', e.target.value)} />}
                </Field>
                <Field label={t('audits.seal.position')} error={errorOf(i, 'position')}>
                  {(p) => <input {...p} value={s.position} placeholder={s.role === 'representative' ? t('audits.seal.positionExample') : ''} onChange={(e) => set(i, 'position', e.target.value)} />}
                </Field>
              </div>
              <SignaturePad name={s.name || t('audits.seal.representative')} value={s.drawn} onChange={(url) => set(i, 'drawn', url)} error={errorOf(i, 'drawn')} />
            </fieldset>
          ))}
        </div>
        {errors.signers && <p className="form-error" role="alert">{errors.signers}</p>}
        <DateField label={t('audits.seal.date')} error={errors.date} required value={date} onChange={(v) => { setDate(v); setErrors(({ date: _d, ...rest }) => rest); }} />
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
