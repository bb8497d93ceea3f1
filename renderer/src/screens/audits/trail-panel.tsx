import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AuditDetail, AuditPeriod, Auditor, GroupRespondents, TrailEntry } from '../../../../shared/domain/audit';
import type { LocalizedText, MethodologyTemplate } from '../../../../shared/methodology/template-schema';
import type { SlotAnswer } from '../../../../shared/scoring';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { answerText, formatDateTime, slotLabel, useLocalized } from './audit-text';

const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const slotValue = (v: string | null): SlotAnswer => (v === null ? null : v === 'na' ? 'na' : Number(v));

/** Header and respondent changes are stored as JSON; this reads them back as one short line. */
function headerText(json: string | null): string {
  if (!json) return '—';
  const h = JSON.parse(json) as { period: AuditPeriod; auditors: Auditor[] };
  return [`${h.period.year}${h.period.label ? ` ${h.period.label}` : ''}`, h.auditors.map((a) => a.name).join(', ')].join(' · ');
}
function respondentsText(json: string | null): string {
  if (!json) return '—';
  const r = JSON.parse(json) as GroupRespondents;
  const labels = r.labels.map((l) => l.label).filter(Boolean);
  return labels.length ? `${r.count} (${labels.join(', ')})` : String(r.count);
}

interface Described {
  subject: string;
  change: string;
}

function describe(e: TrailEntry, template: MethodologyTemplate, respondents: Record<string, GroupRespondents>, t: TFunction, loc: (x: LocalizedText) => string): Described {
  const group = e.itemId ? template.groups.find((g) => g.items.some((i) => i.id === e.itemId)) : undefined;
  const item = group?.items.find((i) => i.id === e.itemId);
  const subject = [e.itemId ?? '', group && e.slot !== null ? slotLabel(group, respondents[group.id], e.slot, loc) : ''].filter(Boolean).join(' · ');
  const arrow = (a: string, b: string) => `${a} → ${b}`;
  switch (e.action) {
    case 'answer': {
      const scale = item?.scale ?? 'zeroToThree';
      return { subject, change: arrow(answerText(t, scale, slotValue(e.oldValue)), answerText(t, scale, slotValue(e.newValue))) };
    }
    case 'note': case 'recommendation': return { subject, change: arrow(clip(e.oldValue ?? '—'), clip(e.newValue ?? '—')) };
    case 'evidenceAdded': case 'evidenceRemoved': return { subject, change: e.note };
    case 'header': return { subject, change: arrow(headerText(e.oldValue), headerText(e.newValue)) };
    case 'respondents': {
      const g = template.groups.find((x) => x.id === e.note);
      return { subject: g ? loc(g.label) : e.note, change: arrow(respondentsText(e.oldValue), respondentsText(e.newValue)) };
    }
    case 'sealed': return { subject, change: t('audits.trail.sealedText', { signOff: e.note, hash: (e.newValue ?? '').slice(0, 12) }) };
    case 'reopened': return { subject, change: t('audits.trail.reopenedText', { reason: e.note }) };
    case 'voided': return { subject, change: t('audits.trail.reopenedText', { reason: e.note }) };
    case 'unvoided': return { subject, change: '' };
    case 'imported': return { subject, change: e.note };
    case 'merged': case 'conflictResolved': {
      const scale = item?.scale ?? 'zeroToThree';
      const change = e.slot !== null
        ? arrow(answerText(t, scale, slotValue(e.oldValue)), answerText(t, scale, slotValue(e.newValue)))
        : arrow(clip(e.oldValue ?? '—'), clip(e.newValue ?? '—'));
      return { subject, change: e.note ? `${change} (${e.note})` : change };
    }
    case 'proof': {
      // A proof of service belongs to a respondent of a survey group: itemId holds the group.
      const g = template.groups.find((x) => x.id === e.itemId);
      const who = g && e.slot !== null ? `${loc(g.label)} · ${slotLabel(g, respondents[g.id], e.slot, loc)}` : subject;
      return { subject: who, change: arrow(clip(e.oldValue || '—'), clip(e.newValue || '—')) };
    }
    case 'created': return { subject, change: e.newValue === `${template.id}@${template.version}` ? `${loc(template.name)} (v${template.version})` : (e.newValue ?? '') };
  }
}

/** Every change to the audit, newest first: who, when, what, and the value before and after. */
export function TrailPanel({ detail }: { detail: AuditDetail }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const trail = useApi('audits.trail', { auditId: detail.audit.id });
  if (trail.error) return <p role="alert">{errorText(t, trail.error)}</p>;
  if (!trail.data) return <p className="muted">{t('app.loading')}</p>;
  const rows = [...trail.data].reverse();
  return (
    <table className="table trail" aria-label={t('audits.trail.title')}>
      <thead>
        <tr>
          <th>{t('audits.trail.when')}</th>
          <th>{t('audits.trail.who')}</th>
          <th>{t('audits.trail.what')}</th>
          <th>{t('audits.trail.subject')}</th>
          <th>{t('audits.trail.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => {
          const d = describe(e, detail.template, detail.audit.respondents, t, loc);
          return (
            <tr key={e.id}>
              <td className="trail__when">{formatDateTime(e.at, i18n.language)}</td>
              <td>{e.actor || '—'}</td>
              <td>{t(`audits.trail.${e.action}`)}</td>
              <td>{d.subject || '—'}</td>
              <td className="trail__change">{d.change}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
