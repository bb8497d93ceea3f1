import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyResolution, conflictKey, mergeAudit, type AuditSide, type MergeConflict, type MergeRespondents, type MergeResult } from '../../shared/merge';
import { evidenceKey, MAX_COUNT, mergeCaseArb, type MergeCase } from './support/merge-arbitraries';

const slotOf = (side: AuditSide, itemId: string, s: number) => side.answers[itemId]?.[s] ?? null;
const provOf = (side: AuditSide, itemId: string, s: number) => side.answerProv[itemId]?.[s] ?? null;

function trimmed(r: MergeRespondents | undefined): MergeRespondents | undefined {
  if (r === undefined) return undefined;
  const labels = [...r.labels];
  while (labels.at(-1) === '') labels.pop();
  return { count: r.count, labels };
}

/** What a merge compares: everything but provenance, labels without their trailing empty ones. */
function content(side: AuditSide) {
  const respondents = Object.fromEntries(Object.entries(side.respondents).map(([g, r]) => [g, trimmed(r)]));
  return { respondents, answers: side.answers, notes: side.notes, evidence: side.evidence };
}

/** Each group's respondents, answer slot and note by its conflict key: what a merge could settle. */
function keyed(side: AuditSide, { groupOfItem }: MergeCase): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const groupId of new Set(Object.values(groupOfItem))) out.set(`respondents:${groupId}`, trimmed(side.respondents[groupId]));
  for (const itemId of Object.keys(groupOfItem)) {
    for (let s = 0; s < MAX_COUNT; s++) out.set(`answer:${itemId}:${s}`, slotOf(side, itemId, s));
    out.set(`note:${itemId}`, side.notes[itemId] ?? '');
  }
  return out;
}

function settled(m: MergeResult, c: MergeCase): Map<string, unknown> {
  const contested = new Set(m.conflicts.map(conflictKey));
  return new Map([...keyed(m.result, c)].filter(([key]) => !contested.has(key)));
}

function swapped(c: MergeConflict): MergeConflict {
  if (c.kind === 'respondents') return { ...c, local: c.incoming, incoming: c.local };
  return { ...c, local: c.incoming, incoming: c.local, localProv: c.incomingProv, incomingProv: c.localProv } as MergeConflict;
}

const byKey = (conflicts: MergeConflict[]) => [...conflicts].sort((a, b) => conflictKey(a).localeCompare(conflictKey(b)));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

describe('merge invariants', () => {
  it('merge(b, a, a) = a, with nothing in conflict and nothing taken', () => {
    fc.assert(
      fc.property(mergeCaseArb(), fc.boolean(), ({ groupOfItem, base, x }, known) => {
        expect(mergeAudit(known ? base : null, x, x, groupOfItem)).toEqual({ result: x, conflicts: [], taken: [] });
      }),
    );
  });

  it('merge(b, x, b) = x, with nothing in conflict and nothing taken', () => {
    fc.assert(
      fc.property(mergeCaseArb(), ({ groupOfItem, base, x }) => {
        expect(mergeAudit(base, x, base, groupOfItem)).toEqual({ result: x, conflicts: [], taken: [] });
      }),
    );
  });

  it.each(['keep', 'change'] as const)('merge(b, b, x) = x in content and takes every answer x changed (respondents: %s)', (respondents) => {
    fc.assert(
      fc.property(mergeCaseArb(respondents), ({ groupOfItem, base, x }) => {
        const m = mergeAudit(base, base, x, groupOfItem);
        expect(m.conflicts).toEqual([]);
        expect(content(m.result)).toEqual(content(x));
        const changed = Object.entries(x.answers).flatMap(([id, slots]) => slots.flatMap((v, s) => (v === slotOf(base, id, s) ? [] : [`${id}:${s}`])));
        expect(m.taken.flatMap((t) => (t.kind === 'answer' ? [`${t.itemId}:${t.slot}`] : []))).toEqual(changed);
      }),
    );
  });

  it('is symmetric apart from which side a conflict lists first, and never changes its inputs', () => {
    fc.assert(
      fc.property(mergeCaseArb(), fc.boolean(), (c, known) => {
        const { groupOfItem, base, x, y } = deepFreeze(c);
        const xy = mergeAudit(known ? base : null, x, y, groupOfItem);
        const yx = mergeAudit(known ? base : null, y, x, groupOfItem);
        // Keys are walked local's first, so the order may differ; the set of conflicts may not.
        expect(byKey(xy.conflicts)).toEqual(byKey(yx.conflicts.map(swapped)));
        expect(settled(xy, c)).toEqual(settled(yx, c));
        expect(xy.result.evidence.map(evidenceKey).sort()).toEqual(yx.result.evidence.map(evidenceKey).sort());
      }),
    );
  });

  it('fills every slot with a value and provenance of an input, and sizes every item to its group’s count', () => {
    fc.assert(
      fc.property(mergeCaseArb(), fc.boolean(), ({ groupOfItem, base, x, y }, known) => {
        const { result } = mergeAudit(known ? base : null, x, y, groupOfItem);
        for (const [itemId, values] of Object.entries(result.answers)) {
          expect(values).toHaveLength(result.respondents[groupOfItem[itemId]!]!.count);
          expect(result.answerProv[itemId]).toHaveLength(values.length);
          values.forEach((v, s) => {
            expect([slotOf(base, itemId, s), slotOf(x, itemId, s), slotOf(y, itemId, s)]).toContain(v);
            expect([provOf(x, itemId, s), provOf(y, itemId, s)]).toContain(provOf(result, itemId, s));
          });
        }
      }),
    );
  });

  it.each([
    ['local', 'x'],
    ['incoming', 'y'],
  ] as const)('settling every conflict %s keeps what the merge settled and gives %s’s values elsewhere, dropping none', (choice, side) => {
    fc.assert(
      fc.property(mergeCaseArb(), fc.boolean(), (c, known) => {
        const m = mergeAudit(known ? c.base : null, c.x, c.y, c.groupOfItem);
        const chosen = keyed(c[side], c);
        const contested = new Set(m.conflicts.map(conflictKey));
        const expected = new Map([...keyed(m.result, c)].map(([key, value]) => [key, contested.has(key) ? chosen.get(key) : value]));
        const resolved = applyResolution(m.result, m.conflicts, () => choice, c.groupOfItem);
        expect(keyed(resolved, c)).toEqual(expected);
        for (const [itemId, values] of Object.entries(resolved.answers)) {
          expect(values).toHaveLength(resolved.respondents[c.groupOfItem[itemId]!]!.count);
        }
      }),
    );
  });
});
