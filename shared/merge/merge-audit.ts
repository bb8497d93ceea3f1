import type { SlotAnswer } from '../scoring/answers';
import type { AuditSide, MergeEvidence, MergeRespondents, MergeResult, Provenance } from './types';

/**
 * The three-way merge of two auditors' work on one audit, against the last version both had.
 *
 * Every value (an answer slot, a note, a group's respondents) merges the same way: changed on one
 * side only, that change is taken; equal on both sides, no conflict; two different changes are a
 * conflict and the result holds the local value until resolved. Values are compared, never who
 * gave them; a slot keeps the provenance of the side whose value it took (local's when they agree).
 * Evidence is a union by (item, sha256): a file is never lost because one side did not have it.
 *
 * Respondent counts decide how many slots an item has, so they are where answers could be lost:
 * - in a respondents conflict, every slot from the smaller count on where the sides differ is an
 *   answer conflict, because choosing the smaller count would drop it;
 * - a count changed on one side only becomes a respondents conflict when it would cut slots where
 *   the other side gave an answer the merge would keep; cutting slots the other side left as they
 *   were is the changing side's own doing and is taken.
 *
 * `groupOfItem` maps item ids to group ids; an item outside it keeps max(local, incoming) slots.
 * A base of null (no common ancestor known) is an empty audit. Inputs are never changed; conflicts
 * and taken values are listed respondents, answers, notes, evidence, each in local then incoming
 * key order.
 */
export function mergeAudit(
  base: AuditSide | null,
  local: AuditSide,
  incoming: AuditSide,
  groupOfItem: Readonly<Record<string, string>>,
): MergeResult {
  const sides: Sides = { base: base ?? EMPTY_SIDE, local, incoming };
  const sink: MergeResult = {
    result: { respondents: {}, answers: {}, answerProv: {}, notes: {}, noteProv: {}, evidence: [] },
    conflicts: [],
    taken: [],
  };
  const slots = new Map(unionKeys(local.answers, incoming.answers).map((id) => [id, slotViews(sides, id)]));
  const slotsOfGroup = (groupId: string) => [...slots].filter(([id]) => groupOfItem[id] === groupId).map(([, views]) => views);

  const groups = new Map<string, GroupOutcome>();
  for (const [groupId, l] of Object.entries(local.respondents)) {
    const i = incoming.respondents[groupId];
    groups.set(groupId, i ? mergeRespondents(sink, sides.base, groupId, l, i, slotsOfGroup(groupId)) : { respondents: l, contestedFrom: Infinity });
  }
  for (const [groupId, i] of Object.entries(incoming.respondents)) {
    if (groups.has(groupId)) continue;
    sink.taken.push({ kind: 'respondents', groupId, from: null, to: i });
    groups.set(groupId, { respondents: i, contestedFrom: Infinity });
  }
  for (const [groupId, g] of groups) sink.result.respondents[groupId] = g.respondents;

  for (const [itemId, views] of slots) {
    const groupId = groupOfItem[itemId];
    mergeItem(sink, itemId, views, groupId === undefined ? undefined : groups.get(groupId));
  }
  mergeNotes(sink, sides);
  mergeRecommendations(sink, sides);
  mergeEvidence(sink, local.evidence, incoming.evidence);
  return sink;
}

interface Sides {
  base: AuditSide;
  local: AuditSide;
  incoming: AuditSide;
}

const EMPTY_SIDE: AuditSide = { respondents: {}, answers: {}, answerProv: {}, notes: {}, noteProv: {}, evidence: [] };

type Keep = 'local' | 'incoming' | 'conflict';

/** Which side the three-way merge of one value keeps ('local' also when both agree). */
function pick3<T>(base: T, local: T, incoming: T, same: (a: T, b: T) => boolean): Keep {
  if (same(local, incoming) || same(incoming, base)) return 'local';
  return same(local, base) ? 'incoming' : 'conflict';
}

const strictlyEqual = <T>(a: T, b: T) => a === b;

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/** Count and labels as one value; trailing empty labels are no labels. */
function sameRespondents(a: MergeRespondents | null, b: MergeRespondents | null): boolean {
  if (a === null || b === null) return a === b;
  const la = trimmedLabels(a.labels);
  const lb = trimmedLabels(b.labels);
  return a.count === b.count && la.length === lb.length && la.every((label, k) => label === lb[k]);
}

function trimmedLabels(labels: readonly string[]): readonly string[] {
  let n = labels.length;
  while (n > 0 && labels[n - 1] === '') n--;
  return labels.slice(0, n);
}

/** One answer slot as the three sides hold it, and what a plain three-way merge makes of it. */
interface SlotView {
  base: SlotAnswer;
  local: SlotAnswer;
  incoming: SlotAnswer;
  localProv: Provenance | null;
  incomingProv: Provenance | null;
  pick: Keep;
}

const UNANSWERED: SlotView = { base: null, local: null, incoming: null, localProv: null, incomingProv: null, pick: 'local' };

function slotViews({ base, local, incoming }: Sides, itemId: string): SlotView[] {
  const b = base.answers[itemId] ?? [];
  const l = local.answers[itemId] ?? [];
  const i = incoming.answers[itemId] ?? [];
  return Array.from({ length: Math.max(l.length, i.length) }, (_, s) => {
    const values = { base: b[s] ?? null, local: l[s] ?? null, incoming: i[s] ?? null };
    return {
      ...values,
      localProv: local.answerProv[itemId]?.[s] ?? null,
      incomingProv: incoming.answerProv[itemId]?.[s] ?? null,
      pick: pick3(values.base, values.local, values.incoming, strictlyEqual),
    };
  });
}

const keptValue = (v: SlotView): SlotAnswer => (v.pick === 'incoming' ? v.incoming : v.local);

/** A slot that cannot be dropped without losing an answer one side gave and the other did not. */
const disputed = (v: SlotView) => v.pick === 'conflict' || (v.local !== v.incoming && keptValue(v) !== null);

interface GroupOutcome {
  respondents: MergeRespondents;
  /** From this slot on, any difference between the sides is a conflict (the smaller count of a respondents conflict). */
  contestedFrom: number;
}

function mergeRespondents(
  sink: MergeResult,
  base: AuditSide,
  groupId: string,
  local: MergeRespondents,
  incoming: MergeRespondents,
  slotsOfGroup: readonly SlotView[][],
): GroupOutcome {
  const b = base.respondents[groupId] ?? null;
  const pick = pick3<MergeRespondents | null>(b, local, incoming, sameRespondents);
  if (pick !== 'conflict') {
    const respondents = pick === 'local' ? local : incoming;
    const cutsAnswers = !sameRespondents(local, incoming) && slotsOfGroup.some((views) => views.slice(respondents.count).some(disputed));
    if (!cutsAnswers) {
      if (pick === 'incoming') sink.taken.push({ kind: 'respondents', groupId, from: local, to: incoming });
      return { respondents, contestedFrom: Infinity };
    }
  }
  sink.conflicts.push({ kind: 'respondents', groupId, base: b, local, incoming });
  return { respondents: local, contestedFrom: Math.min(local.count, incoming.count) };
}

function mergeItem(sink: MergeResult, itemId: string, views: readonly SlotView[], group: GroupOutcome | undefined): void {
  const length = group?.respondents.count ?? views.length;
  const contestedFrom = group?.contestedFrom ?? Infinity;
  const answers: SlotAnswer[] = [];
  const prov: (Provenance | null)[] = [];
  for (let s = 0; s < Math.max(length, views.length); s++) {
    const v = views[s] ?? UNANSWERED;
    const inConflict = s >= contestedFrom ? v.local !== v.incoming : s >= length ? disputed(v) : v.pick === 'conflict';
    if (inConflict) {
      const { base, local, incoming, localProv, incomingProv } = v;
      sink.conflicts.push({ kind: 'answer', itemId, slot: s, base, local, incoming, localProv, incomingProv });
    }
    if (s >= length) continue;
    const fromIncoming = !inConflict && v.pick === 'incoming';
    answers.push(fromIncoming ? v.incoming : v.local);
    prov.push(fromIncoming ? v.incomingProv : v.localProv);
    if (fromIncoming) sink.taken.push({ kind: 'answer', itemId, slot: s, from: v.local, to: v.incoming, prov: v.incomingProv });
  }
  sink.result.answers[itemId] = answers;
  sink.result.answerProv[itemId] = prov;
}

/** Only non-empty notes are kept, with the provenance of the side they came from. */
function mergeNotes(sink: MergeResult, { base, local, incoming }: Sides): void {
  const noteOf = (side: AuditSide, itemId: string) => side.notes[itemId] ?? '';
  for (const itemId of unionKeys(local.notes, incoming.notes)) {
    const [b, l, i] = [noteOf(base, itemId), noteOf(local, itemId), noteOf(incoming, itemId)] as const;
    const localProv = local.noteProv[itemId] ?? null;
    const incomingProv = incoming.noteProv[itemId] ?? null;
    const pick = pick3(b, l, i, strictlyEqual);
    if (pick === 'conflict') sink.conflicts.push({ kind: 'note', itemId, base: b, local: l, incoming: i, localProv, incomingProv });
    if (pick === 'incoming') sink.taken.push({ kind: 'note', itemId, from: l, to: i, prov: incomingProv });
    const [note, prov] = pick === 'incoming' ? [i, incomingProv] : [l, localProv];
    if (note === '') continue;
    sink.result.notes[itemId] = note;
    sink.result.noteProv[itemId] = prov;
  }
}

/**
 * Recommendations merge like notes, except that two different changes are not a conflict: both
 * texts are kept, local first, for the lead to edit. A recommendation is advice in prose, and
 * joining two auditors' wording loses nothing, where a conflict would hold up the seal.
 */
function mergeRecommendations(sink: MergeResult, { base, local, incoming }: Sides): void {
  const l = local.recommendations ?? {};
  const i = incoming.recommendations ?? {};
  const keys = unionKeys(l, i);
  if (!keys.length) return;
  const texts: Record<string, string> = {};
  const provs: Record<string, Provenance | null> = {};
  for (const key of keys) {
    const [bt, lt, it] = [base.recommendations?.[key] ?? '', l[key] ?? '', i[key] ?? ''] as const;
    const localProv = local.recommendationProv?.[key] ?? null;
    const incomingProv = incoming.recommendationProv?.[key] ?? null;
    const pick = pick3(bt, lt, it, strictlyEqual);
    const prov = pick === 'incoming' ? incomingProv : localProv;
    const text = pick === 'conflict' ? [lt, it].filter(Boolean).join('\n\n') : pick === 'incoming' ? it : lt;
    if (pick !== 'local') sink.taken.push({ kind: 'recommendation', key, from: lt, to: text, prov: pick === 'conflict' ? localProv : incomingProv, joined: pick === 'conflict' });
    if (text === '') continue;
    texts[key] = text;
    provs[key] = prov;
  }
  sink.result.recommendations = texts;
  sink.result.recommendationProv = provs;
}

const evidenceKey = (e: MergeEvidence): string => JSON.stringify([e.itemId, e.sha256]);

function mergeEvidence(sink: MergeResult, local: readonly MergeEvidence[], incoming: readonly MergeEvidence[]): void {
  const seen = new Set<string>();
  const added = (e: MergeEvidence) => {
    const key = evidenceKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    sink.result.evidence.push(e);
    return true;
  };
  local.forEach(added);
  for (const e of incoming) if (added(e)) sink.taken.push({ kind: 'evidence', evidence: e });
}
