import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../../shared/contract/packages';
import type { GroupRespondents } from '../../../../shared/domain/audit';
import type { MergeRespondents, Provenance } from '../../../../shared/merge/types';
import type { TemplateGroup } from '../../../../shared/methodology/template-schema';
import { answerText, formatDateTime, slotLabel, useLocalized } from '../audits/audit-text';
import type { Take } from './conflict-choices';

interface ConflictCardProps {
  view: ConflictView;
  group: TemplateGroup;
  respondents: GroupRespondents | undefined;
  busy: boolean;
  onTake: (take: Take) => void;
}

/** One conflict: what both laptops started from, this laptop's value and the incoming one, each with who and when. */
export function ConflictCard({ view, group, respondents, busy, onTake }: ConflictCardProps) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const c = view.conflict;
  const empty = t('packages.conflicts.empty');
  const countText = (r: MergeRespondents | null) => (r ? [String(r.count), r.labels.filter(Boolean).join(', ')].filter(Boolean).join(' · ') : empty);
  const prov = (p: Provenance | null) => (p ? `${p.by || '—'} · ${formatDateTime(p.at, i18n.language)}` : t('packages.conflicts.unknownWho'));

  let title: string;
  let code = '';
  let values: [string, string, string];
  let provs: [string, string] | null = null;
  if (c.kind === 'respondents') {
    title = t('packages.conflicts.respondents', { kind: loc(group.respondents.label) });
    values = [countText(c.base), countText(c.local), countText(c.incoming)];
  } else {
    const item = group.items.find((i) => i.id === c.itemId);
    code = c.itemId;
    title = item ? loc(item.label) : c.itemId;
    if (c.kind === 'answer') {
      const scale = item?.scale ?? 'zeroToThree';
      const show = (v: typeof c.base) => (v === null ? empty : answerText(t, scale, v));
      values = [show(c.base), show(c.local), show(c.incoming)];
    } else {
      values = [c.base || empty, c.local || empty, c.incoming || empty];
    }
    provs = [prov(c.localProv), prov(c.incomingProv)];
  }
  const where = c.kind === 'answer' ? slotLabel(group, respondents, c.slot, loc) : c.kind === 'note' ? t('packages.conflicts.note') : '';
  const name = [code, where].filter(Boolean).join(' · ') || title;

  return (
    <article className="conflict" aria-label={name}>
      <header className="conflict__head">
        {code && <span className="item__code">{code}</span>}
        <span className="conflict__title">{title}</span>
        {where && <span className="conflict__where">{where}</span>}
      </header>
      <div className={`conflict__sides${c.kind === 'note' ? ' conflict__sides--text' : ''}`}>
        <div className="conflict__side conflict__side--base">
          <span className="conflict__label">{t('packages.conflicts.base')}</span>
          <span className="conflict__value">{values[0]}</span>
        </div>
        <Side label={t('packages.conflicts.local')} value={values[1]} who={provs?.[0]} button={t('packages.conflicts.takeLocal')} busy={busy} onTake={() => onTake('local')} />
        <Side label={t('packages.conflicts.incoming')} value={values[2]} who={provs?.[1]} button={t('packages.conflicts.takeIncoming')} busy={busy} onTake={() => onTake('incoming')} />
      </div>
    </article>
  );
}

function Side({ label, value, who, button, busy, onTake }: { label: string; value: string; who: string | undefined; button: string; busy: boolean; onTake: () => void }) {
  return (
    <div className="conflict__side">
      <span className="conflict__label">{label}</span>
      <span className="conflict__value">{value}</span>
      {who && <span className="conflict__who">{who}</span>}
      <button type="button" className="button button--small" disabled={busy} onClick={onTake}>{button}</button>
    </div>
  );
}
