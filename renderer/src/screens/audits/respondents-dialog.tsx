import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail, RespondentLabel } from '../../../../shared/domain/audit';
import type { TemplateGroup } from '../../../../shared/methodology/template-schema';
import { MAX_RESPONDENTS } from '../../../../shared/methodology/template-schema';
import { call } from '../../api/client';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApi } from '../../api/queries';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { useLocalized } from './audit-text';

interface Props {
  detail: AuditDetail;
  group: TemplateGroup;
  onClose: () => void;
  onDone: (detail: AuditDetail) => void;
}

/**
 * How many respondents or products a group observes, and what each is called (the official's name,
 * the service product). Product groups can pick a product of the audited unit from the registry.
 */
export function RespondentsDialog({ detail, group, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const current = detail.audit.respondents[group.id] ?? { count: group.respondents.defaultCount, labels: [] };
  const [count, setCount] = useState(current.count);
  const [labels, setLabels] = useState<RespondentLabel[]>(() => Array.from({ length: MAX_RESPONDENTS }, (_, i) => current.labels[i] ?? { label: '', productId: null }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const isProduct = group.respondents.kind === 'product';
  const products = useApi('products.list', { unitId: detail.audit.unit.id, search: '', includeArchived: false }, isProduct);

  const setLabel = (slot: number, next: RespondentLabel) => setLabels((l) => l.map((x, i) => (i === slot ? next : x)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!Number.isInteger(count) || count < 1 || count > MAX_RESPONDENTS) return setErrors({ count: t('audits.respondents.countRange', { max: MAX_RESPONDENTS }) });
    // Trailing empty slots are left out: they fall back to "<kind> <n>".
    const used = labels.slice(0, count).map((l) => ({ label: l.label.trim(), productId: l.productId }));
    while (used.length && !used.at(-1)!.label && !used.at(-1)!.productId) used.pop();
    setBusy(true);
    try {
      onDone(await call('audits.setRespondents', { auditId: detail.audit.id, groupId: group.id, count, labels: used }));
    } catch (error) {
      const issues = errorIssues(error);
      setErrors(issues.length ? issuesByField(t, issues) : { _form: errorText(t, error) });
      setBusy(false);
    }
  }

  return (
    <Modal title={t('audits.respondents.title', { group: loc(group.label) })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="muted small">{loc(group.method)}</p>
        <Field label={t('audits.respondents.count', { kind: loc(group.respondents.label) })} error={errors.count}>
          {(p) => <input {...p} type="number" min={1} max={MAX_RESPONDENTS} value={count} onChange={(e) => { setCount(e.target.valueAsNumber); setErrors({}); }} />}
        </Field>
        <div className="respondent-labels">
          {labels.slice(0, Number.isInteger(count) ? Math.min(Math.max(count, 0), MAX_RESPONDENTS) : 0).map((l, slot) => (
            <Field key={slot} label={`${loc(group.respondents.label)} ${slot + 1}`} error={errors[`labels.${slot}.label`] ?? errors[`labels.${slot}.productId`]}>
              {(p) => (
                <span className="respondent-labels__row">
                  <input {...p} value={l.label} placeholder={t('audits.respondents.labelPlaceholder')} onChange={(e) => setLabel(slot, { ...l, label: e.target.value })} />
                  {isProduct && (
                    <select
                      aria-label={t('audits.respondents.product', { n: slot + 1 })}
                      value={l.productId ?? ''}
                      onChange={(e) => {
                        const product = products.data?.find((x) => x.id === e.target.value);
                        setLabel(slot, { label: product ? product.name : l.label, productId: product?.id ?? null });
                      }}
                    >
                      <option value="">{t('audits.respondents.noProduct')}</option>
                      {products.data?.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                    </select>
                  )}
                </span>
              )}
            </Field>
          ))}
        </div>
        {(errors._form || errors.labels) && <p className="form-error" role="alert">{errors._form ?? errors.labels}</p>}
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onClose}>{t('actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('actions.save')}</button>
        </div>
      </form>
    </Modal>
  );
}
