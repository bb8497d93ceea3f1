import fc from 'fast-check';
import type { AuditSide, MergeEvidence, MergeRespondents, Provenance } from '../../../shared/merge/types';
import type { SlotAnswer } from '../../../shared/scoring/answers';

/** The part of a template a merge sees: groups and the ids of their items. */
export interface MergeShape {
  groups: { id: string; items: string[] }[];
}

export interface MergeCase {
  groupOfItem: Record<string, string>;
  base: AuditSide;
  /** Two independent edits of the base, as two auditors would make them. */
  x: AuditSide;
  y: AuditSide;
}

/** The largest respondent count the arbitraries give a group. */
export const MAX_COUNT = 4;

export const EMPTY_SIDE: AuditSide = { respondents: {}, answers: {}, answerProv: {}, notes: {}, noteProv: {}, evidence: [] };

export const groupOfItemOf = (shape: MergeShape): Record<string, string> =>
  Object.fromEntries(shape.groups.flatMap((g) => g.items.map((id) => [id, g.id])));

/** 2–3 groups of 1–4 items, ids G1.. and I1.. */
export const mergeShapeArb: fc.Arbitrary<MergeShape> = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 3 }).map((sizes) => {
  let n = 0;
  return { groups: sizes.map((size, g) => ({ id: `G${g + 1}`, items: Array.from({ length: size }, () => `I${++n}`) })) };
});

// Few distinct values, so that two sides often agree by chance and the equal-value rules are exercised.
const provArb: fc.Arbitrary<Provenance | null> = fc.option(
  fc.record({
    by: fc.constantFrom('ani', 'budi'),
    device: fc.constantFrom('laptop-1', 'laptop-2'),
    at: fc.constantFrom('2024-03-01T09:00:00.000Z', '2024-03-02T10:30:00.000Z'),
  }),
  { freq: 4 },
);
const slotArb: fc.Arbitrary<SlotAnswer> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constant('na' as const) },
  { weight: 2, arbitrary: fc.constant(null) },
);
const freshSlotArb = fc.tuple(slotArb, provArb);
const freshNoteArb = fc.tuple(fc.constantFrom('', 'SOP belum dipajang', 'Maklumat ada'), provArb);
const respondentsArb: fc.Arbitrary<MergeRespondents> = fc
  .integer({ min: 1, max: MAX_COUNT })
  .chain((count) => fc.record({ count: fc.constant(count), labels: fc.array(fc.constantFrom('', 'Loket A', 'Loket B'), { maxLength: count }) }));

export const evidenceKey = (e: MergeEvidence): string => `${e.itemId}/${e.sha256}`;

function evidenceArb(itemIds: readonly string[]): fc.Arbitrary<MergeEvidence> {
  return fc.record({
    itemId: fc.constantFrom(...itemIds),
    sha256: fc.constantFrom(...['a', 'b', 'c'].map((h) => h.repeat(64))),
    fileName: fc.constantFrom('foto-loket.jpg', 'sop.pdf'),
    mimeType: fc.constantFrom('image/jpeg', 'application/pdf'),
    size: fc.integer({ min: 1, max: 5000 }),
    prov: provArb,
  });
}

/** A kept value (weight 3) or a fresh one (weight 2). */
function keepOrFresh<T>(kept: T | undefined, fresh: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return kept === undefined ? fresh : fc.oneof({ weight: 3, arbitrary: fc.constant(kept) }, { weight: 2, arbitrary: fresh });
}

/**
 * An auditor's edit of `base`: each group's respondents kept or changed (`respondents` forces one),
 * each slot and note kept (with its provenance) or set afresh, evidence added to (never removed, as
 * in the app). Every item has exactly its group's count of slots.
 */
export function editedSideArb(shape: MergeShape, base: AuditSide, respondents: 'keep' | 'change' | 'either' = 'either'): fc.Arbitrary<AuditSide> {
  const itemIds = shape.groups.flatMap((g) => g.items);
  const groupArb = (groupId: string) => {
    const kept = base.respondents[groupId];
    if (kept === undefined || respondents === 'change') return respondentsArb;
    return respondents === 'keep' ? fc.constant(kept) : keepOrFresh(kept, respondentsArb);
  };
  const slotsArb = (itemId: string, count: number) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, s) => {
        const value = base.answers[itemId]?.[s];
        return keepOrFresh(value === undefined ? undefined : ([value, base.answerProv[itemId]?.[s] ?? null] as const), freshSlotArb);
      }),
    );
  const baseKeys = new Set(base.evidence.map(evidenceKey));

  return fc.record(Object.fromEntries(shape.groups.map((g) => [g.id, groupArb(g.id)]))).chain((groups) =>
    fc
      .record({
        slots: fc.record(Object.fromEntries(shape.groups.flatMap((g) => g.items.map((id) => [id, slotsArb(id, groups[g.id]!.count)])))),
        notes: fc.record(Object.fromEntries(itemIds.map((id) => [id, keepOrFresh([base.notes[id] ?? '', base.noteProv[id] ?? null] as const, freshNoteArb)]))),
        added: fc.uniqueArray(evidenceArb(itemIds), { selector: evidenceKey, maxLength: 3 }),
      })
      .map(({ slots, notes, added }) => {
        const withNote = Object.entries(notes).filter(([, [note]]) => note !== '');
        return {
          respondents: groups,
          answers: Object.fromEntries(Object.entries(slots).map(([id, s]) => [id, s.map(([value]) => value)])),
          answerProv: Object.fromEntries(Object.entries(slots).map(([id, s]) => [id, s.map(([, prov]) => prov)])),
          notes: Object.fromEntries(withNote.map(([id, [note]]) => [id, note])),
          noteProv: Object.fromEntries(withNote.map(([id, [, prov]]) => [id, prov])),
          evidence: [...base.evidence, ...added.filter((e) => !baseKeys.has(evidenceKey(e)))],
        };
      }),
  );
}

/** A random audit of the shape. */
export const auditSideArb = (shape: MergeShape): fc.Arbitrary<AuditSide> => editedSideArb(shape, EMPTY_SIDE, 'change');

/** A base and two edits of it; `respondents` applies to both edits. */
export function mergeCaseArb(respondents: 'keep' | 'change' | 'either' = 'either'): fc.Arbitrary<MergeCase> {
  return mergeShapeArb.chain((shape) =>
    auditSideArb(shape).chain((base) =>
      fc
        .tuple(editedSideArb(shape, base, respondents), editedSideArb(shape, base, respondents))
        .map(([x, y]) => ({ groupOfItem: groupOfItemOf(shape), base, x, y })),
    ),
  );
}
