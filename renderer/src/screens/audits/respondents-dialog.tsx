import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail, GroupRespondents, RespondentLabel } from '../../../../shared/domain/audit';
import type { TemplateGroup } from '../../../../shared/methodology/template-schema';
import { MAX_RESPONDENTS } from '../../../../shared/methodology/template-schema';
import { call } from '../../api/client';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApi } from '../../api/queries';
import { Field } from '../../components/field';
import { Modal } from '../../components/modal';
import { answerText, slotLabel, useLocalized } from './audit-text';

interface Props {
  detail: AuditDetail;
  group: TemplateGroup;
  onClose: () => void;
  onDone: (detail: AuditDetail) => void;
}

/** The given answers of a group's slots at or beyond `count`: what a smaller count drops. */
function answersBeyond(detail: AuditDetail, group: TemplateGroup, count: number) {
  return group.items.flatMap((item) => (detail.answers[item.id] ?? []).flatMap((value, slot) => (slot >= count && value !== null ? [{ item, slot, value }] : [])));
}

/**
 * How many respondents or products a group observes, and what each is called (the official's name,
 * the service product). Product groups can pick a product of the audited unit from the registry.
 * A smaller count that would drop answers first lists them, and clears them only once confirmed.
 */
export function RespondentsDialog({ detail, group, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const current = detail.audit.respondents[group.id] ?? { count: group.respondents.defaultCount, labels: [] };
  const [count, setCount] = useState(current.count);
  const [labels, setLabels] = useState<RespondentLabel[]>(() => Array.from({ length: MAX_RESPONDENTS }, (_, i) => current.labels[i] ?? { label: '', productId: null }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  /** The count whose dropped answers the user has been shown (and so confirms by saving). */
  const [shownFor, setShownFor] = useState<number | null>(null);
  const isProduct = group.respondents.kind === 'product';
  const products = useApi('products.list', { unitId: detail.audit.unit.id, search: '', includeArchived: false }, isProduct);

  const setLabel = (slot: number, next: RespondentLabel) => setLabels((l) => l.map((x, i) => (i === slot ? next : x)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!Number.isInteger(count) || count < 1 || count > MAX_RESPONDENTS) return setErrors({ count: t('audits.respondents.countRange', { max: MAX_RESPONDENTS }) });
    // Trailing empty slots are left out: they fall back to "<kind> <n>".
    const used = labels.slice(0, count).map((l) => ({ label: l.label.trim(), productId: l.productId }));
    while (used.length && !used.at(-1)!.label && !used.at(-1)!.productId) used.pop();
    const dropped = answersBeyond(detail, group, count);
    if (dropped.length > 0 && shownFor !== count) return setShownFor(count);
    setBusy(true);
    try {
      onDone(await call('audits.setRespondents', { auditId: detail.audit.id, groupId: group.id, count, labels: used, clearBeyond: dropped.length > 0 }));
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
          {(p) => <input {...p} type="number" min={1} max={MAX_RESPONDENTS} value={count} onChange={(e) => { setCount(e.target.valueAsNumber); setErrors({}); setShownFor(null); }} />}
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
        {shownFor === count && <DroppedAnswers detail={detail} group={group} respondents={current} count={count} />}
        {(errors._form || errors.labels) && <p className="form-error" role="alert">{errors._form ?? errors.labels}</p>}
        <div className="form-actions">
          <button type="button" className="button button--ghost" onClick={onClose}>{t('actions.cancel')}</button>
          {shownFor === count ? (
            <button type="submit" className="button button--danger" disabled={busy}>{t('audits.respondents.clearConfirm', { count: answersBeyond(detail, group, count).length })}</button>
          ) : (
            <button type="submit" className="button button--primary" disabled={busy}>{t('actions.save')}</button>
          )}
        </div>
      </form>
    </Modal>
  );
}

/** The answers a smaller count clears, by respondent, so the user sees what saving will remove. */
function DroppedAnswers({ detail, group, respondents, count }: { detail: AuditDetail; group: TemplateGroup; respondents: GroupRespondents; count: number }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const dropped = answersBeyond(detail, group, count);
  const slots = [...new Set(dropped.map((d) => d.slot))].sort((a, b) => a - b);
  return (
    <div className="dropped-answers" role="alert">
      <p><strong>{t('audits.respondents.clearTitle', { count: dropped.length })}</strong></p>
      <p>{t('audits.respondents.clearIntro', { kind: loc(group.respondents.label), from: respondents.count, to: count })}</p>
      <ul>
        {slots.map((slot) => (
          <li key={slot}>
            <strong>{slotLabel(group, respondents, slot, loc)}</strong>:{' '}
            {dropped.filter((d) => d.slot === slot).map((d) => `${d.item.id} ${answerText(t, d.item.scale, d.value)}`).join(' · ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
