import { describe, expect, it } from 'vitest';
import { applyResolution, conflictKey, mergeAudit, type AuditSide, type MergeEvidence, type Provenance } from '../../shared/merge';
import type { SlotAnswer } from '../../shared/scoring/answers';

const ani: Provenance = { by: 'ani', device: 'laptop-1', at: '2024-03-01T09:00:00.000Z' };
const budi: Provenance = { by: 'budi', device: 'laptop-2', at: '2024-03-02T10:30:00.000Z' };
const groupOfItem = { I1: 'G1', I2: 'G1', I3: 'G2' };

/** A side whose every answer was given by `by`; respondents as counts without labels. */
function side(counts: Record<string, number>, answers: Record<string, SlotAnswer[]>, by: Provenance | null, more: Partial<AuditSide> = {}): AuditSide {
  return {
    respondents: Object.fromEntries(Object.entries(counts).map(([g, count]) => [g, { count, labels: [] }])),
    answers,
    answerProv: Object.fromEntries(Object.entries(answers).map(([id, slots]) => [id, slots.map(() => by)])),
    notes: {},
    noteProv: {},
    evidence: [],
    ...more,
  };
}

const evidence = (itemId: string, hash: string, prov: Provenance | null): MergeEvidence => ({
  itemId,
  sha256: hash.repeat(64),
  fileName: `${itemId}-${hash}.jpg`,
  mimeType: 'image/jpeg',
  size: 1200,
  prov,
});

const base = side({ G1: 2, G2: 1 }, { I1: [1, 0], I2: [null, null], I3: [3] }, null);

describe('mergeAudit: answers', () => {
  it('takes a slot changed on one side only, with that side’s provenance, and lists what came in', () => {
    const local = side({ G1: 2, G2: 1 }, { I1: [1, 'na'], I2: [null, null], I3: [3] }, ani);
    const incoming = side({ G1: 2, G2: 1 }, { I1: [2, 0], I2: [null, null], I3: [3] }, budi);
    const { result, conflicts, taken } = mergeAudit(base, local, incoming, groupOfItem);
    expect(conflicts).toEqual([]);
    expect(result.answers.I1).toEqual([2, 'na']);
    expect(result.answerProv.I1).toEqual([budi, ani]);
    expect(taken).toEqual([{ kind: 'answer', itemId: 'I1', slot: 0, from: 1, to: 2, prov: budi }]);
  });

  it('sees the same value on both sides as no conflict, keeping local’s provenance and taking nothing', () => {
    const local = side({ G1: 2, G2: 1 }, { I1: [1, 0], I2: [3, null], I3: [3] }, ani);
    const incoming = side({ G1: 2, G2: 1 }, { I1: [1, 0], I2: [3, null], I3: [3] }, budi);
    const { result, conflicts, taken } = mergeAudit(base, local, incoming, groupOfItem);
    expect([conflicts, taken]).toEqual([[], []]);
    expect(result.answers.I2).toEqual([3, null]);
    expect(result.answerProv.I2).toEqual([ani, ani]);
  });

  it('lists two different changes as a conflict with base, both values and both provenances, holding local’s', () => {
    const local = side({ G1: 2, G2: 1 }, { I1: [1, 0], I2: [null, null], I3: [2] }, ani);
    const incoming = side({ G1: 2, G2: 1 }, { I1: [1, 0], I2: [null, null], I3: ['na'] }, budi);
    const { result, conflicts, taken } = mergeAudit(base, local, incoming, groupOfItem);
    expect(conflicts).toEqual([{ kind: 'answer', itemId: 'I3', slot: 0, base: 3, local: 2, incoming: 'na', localProv: ani, incomingProv: budi }]);
    expect(result.answers.I3).toEqual([2]);
    expect(taken).toEqual([]);
  });

  it('merges with no common ancestor as against an empty audit', () => {
    const local = side({ G1: 2 }, { I1: [1, null] }, ani);
    const incoming = side({ G1: 2 }, { I1: [0, 2] }, budi);
    const { result, conflicts, taken } = mergeAudit(null, local, incoming, groupOfItem);
    expect(conflicts).toEqual([{ kind: 'answer', itemId: 'I1', slot: 0, base: null, local: 1, incoming: 0, localProv: ani, incomingProv: budi }]);
    expect(result.answers.I1).toEqual([1, 2]);
    expect(taken).toEqual([{ kind: 'answer', itemId: 'I1', slot: 1, from: null, to: 2, prov: budi }]);

    const other = mergeAudit(null, side({ G1: 2 }, {}, ani), side({ G1: 3 }, {}, budi), groupOfItem);
    expect(other.conflicts).toEqual([{ kind: 'respondents', groupId: 'G1', base: null, local: { count: 2, labels: [] }, incoming: { count: 3, labels: [] } }]);
  });

  it('never changes its inputs', () => {
    const local = side({ G1: 2, G2: 1 }, { I1: [2, 0], I2: [1, null], I3: [3] }, ani, { notes: { I1: 'a' } });
    const incoming = side({ G1: 3, G2: 1 }, { I1: [1, 1, 1], I2: [null, 2, 3] }, budi, { evidence: [evidence('I1', 'a', budi)] });
    const before = JSON.stringify([base, local, incoming]);
    const merged = mergeAudit(base, local, incoming, groupOfItem);
    applyResolution(merged.result, merged.conflicts, () => 'incoming', groupOfItem);
    expect(JSON.stringify([base, local, incoming])).toBe(before);
  });
});

describe('mergeAudit: notes and evidence', () => {
  it('merges notes per item, a missing note and an empty one being the same', () => {
    const b = side({}, {}, null, { notes: { I1: 'lama', I2: 'lama', I3: 'lama' }, noteProv: { I1: null, I2: null, I3: null } });
    const local = side({}, {}, null, { notes: { I1: 'lama', I2: 'dari ani', I3: 'ani' }, noteProv: { I1: null, I2: ani, I3: ani } });
    const incoming = side({}, {}, null, { notes: { I1: '', I3: 'budi' }, noteProv: { I1: budi, I3: budi } });
    const { result, conflicts, taken } = mergeAudit(b, local, incoming, {});
    expect(result.notes).toEqual({ I2: 'dari ani', I3: 'ani' });
    expect(result.noteProv).toEqual({ I2: ani, I3: ani });
    expect(conflicts).toEqual([
      { kind: 'note', itemId: 'I2', base: 'lama', local: 'dari ani', incoming: '', localProv: ani, incomingProv: null },
      { kind: 'note', itemId: 'I3', base: 'lama', local: 'ani', incoming: 'budi', localProv: ani, incomingProv: budi },
    ]);
    expect(taken).toEqual([{ kind: 'note', itemId: 'I1', from: 'lama', to: '', prov: budi }]);
  });

  it('unites evidence by item and hash: local’s in order, then the incoming ones not already there', () => {
    const [la, lb, ia, ic, id] = [evidence('I1', 'a', ani), evidence('I2', 'b', ani), evidence('I1', 'a', budi), evidence('I1', 'c', budi), evidence('I2', 'a', budi)];
    const { result, taken } = mergeAudit(null, side({}, {}, null, { evidence: [la, lb] }), side({}, {}, null, { evidence: [ic, ia, id] }), {});
    expect(result.evidence).toEqual([la, lb, ic, id]);
    expect(taken).toEqual([
      { kind: 'evidence', evidence: ic },
      { kind: 'evidence', evidence: id },
    ]);
  });
});

describe('mergeAudit: respondents', () => {
  const labelled = (count: number, labels: string[]): AuditSide => ({ ...side({}, {}, null), respondents: { G2: { count, labels } } });

  it('lists two different changes as a conflict and keeps local’s respondents', () => {
    const b = labelled(1, ['Loket']);
    const { result, conflicts } = mergeAudit(b, labelled(1, ['Loket A']), labelled(1, ['Loket B']), groupOfItem);
    expect(conflicts).toEqual([{ kind: 'respondents', groupId: 'G2', base: { count: 1, labels: ['Loket'] }, local: { count: 1, labels: ['Loket A'] }, incoming: { count: 1, labels: ['Loket B'] } }]);
    expect(result.respondents.G2).toEqual({ count: 1, labels: ['Loket A'] });
  });

  it('compares labels without their trailing empty ones and takes a one-sided change', () => {
    const b = labelled(2, ['Loket']);
    expect(mergeAudit(b, labelled(2, ['Loket', '']), labelled(2, ['Loket', '', '']), groupOfItem).conflicts).toEqual([]);
    const { result, taken } = mergeAudit(b, labelled(2, ['Loket', '']), labelled(3, ['Loket']), groupOfItem);
    expect(result.respondents.G2).toEqual({ count: 3, labels: ['Loket'] });
    expect(taken).toEqual([{ kind: 'respondents', groupId: 'G2', from: { count: 2, labels: ['Loket', ''] }, to: { count: 3, labels: ['Loket'] } }]);
  });

  it('sizes every item to the result count and lets a lowered count drop what the other side left alone', () => {
    const local = side({ G1: 1, G2: 1 }, { I1: [1], I2: [null], I3: [3] }, ani);
    const { result, conflicts } = mergeAudit(base, local, base, groupOfItem);
    expect(conflicts).toEqual([]);
    expect([result.respondents.G1?.count, result.answers.I1, result.answers.I2]).toEqual([1, [1], [null]]);
  });
});

describe('mergeAudit: answers beyond the count', () => {
  it('makes an incoming answer beyond local’s count a conflict, settled by choosing incoming’s respondents', () => {
    const local = { ...side({ G1: 2, G2: 1 }, base.answers, null), respondents: { G1: { count: 2, labels: ['Ani', 'Budi'] }, G2: { count: 1, labels: [] } } };
    const incoming = side({ G1: 3, G2: 1 }, { I1: [1, 0, 2], I2: [null, null, null], I3: [3] }, budi);
    const merged = mergeAudit(base, local, incoming, groupOfItem);
    expect(merged.conflicts.map(conflictKey)).toEqual(['respondents:G1', 'answer:I1:2']);
    expect(merged.conflicts[1]).toMatchObject({ base: null, local: null, incoming: 2, incomingProv: budi });
    expect(merged.result.answers.I1).toEqual([1, 0]);

    const settled = applyResolution(merged.result, merged.conflicts, () => 'incoming', groupOfItem);
    expect(settled.respondents.G1).toEqual({ count: 3, labels: [] });
    expect([settled.answers.I1, settled.answerProv.I1, settled.answers.I2]).toEqual([[1, 0, 2], [null, null, budi], [null, null, null]]);
    const kept = applyResolution(merged.result, merged.conflicts, () => 'local', groupOfItem);
    expect([kept.respondents.G1?.count, kept.answers.I1]).toEqual([2, [1, 0]]);
  });

  it('turns a lowered count into a respondents conflict when it would cut an answer the other side gave', () => {
    const local = side({ G1: 1, G2: 1 }, { I1: [1], I2: [null], I3: [3] }, ani);
    const incoming = side({ G1: 2, G2: 1 }, { I1: [1, 0], I2: [null, 'na'], I3: [3] }, budi);
    const merged = mergeAudit(base, local, incoming, groupOfItem);
    // I1 slot 1 is the base's value, lost only with the respondent local removed, so it is asked about too.
    expect(merged.conflicts.map(conflictKey)).toEqual(['respondents:G1', 'answer:I1:1', 'answer:I2:1']);
    expect(merged.result.answers.I2).toEqual([null]);
    const settled = applyResolution(merged.result, merged.conflicts, (c) => (c.kind === 'respondents' ? 'incoming' : 'local'), groupOfItem);
    expect([settled.answers.I1, settled.answers.I2]).toEqual([[1, null], [null, null]]);
  });

  it('merges an item outside the group map as a plain array of the longer length', () => {
    const { result, conflicts } = mergeAudit(null, side({}, { X9: [1] }, ani), side({}, { X9: [null, 2, 3] }, budi), {});
    expect([result.answers.X9, conflicts]).toEqual([[1, 2, 3], []]);
  });
});

describe('applyResolution', () => {
  it('settles notes and answers the chosen way and keys conflicts stably', () => {
    const local = side({ G1: 2, G2: 1 }, { I1: [2, 0], I2: [null, null], I3: [3] }, ani, { notes: { I1: 'ani' }, noteProv: { I1: ani } });
    const incoming = side({ G1: 2, G2: 1 }, { I1: [3, 0], I2: [null, null], I3: [3] }, budi, { notes: { I1: 'budi' }, noteProv: { I1: budi } });
    const merged = mergeAudit(base, local, incoming, groupOfItem);
    expect(merged.conflicts.map(conflictKey)).toEqual(['answer:I1:0', 'note:I1']);
    const settled = applyResolution(merged.result, merged.conflicts, (c) => (c.kind === 'note' ? 'incoming' : 'local'), groupOfItem);
    expect([settled.answers.I1, settled.answerProv.I1, settled.notes, settled.noteProv]).toEqual([[2, 0], [ani, ani], { I1: 'budi' }, { I1: budi }]);
  });
});
