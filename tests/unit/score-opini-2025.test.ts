import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { opinionFor, opinionLabel, scoreEntity, scoreUnit, type SlotAnswer, type UnitAnswers } from '../../shared/scoring';
import { answersFor } from '../support/opini-answers';
import { PUBLISHED_2025 } from '../support/published-2025';
import { cliInMemory } from './support/cli-in-memory';

/** The 2025 method (opini-2025.md): blocks 70 / 30, survey averaging, opinion labels from the bands. */
const opini = findBuiltinTemplate('ori-opini-2025')!;
const revised = findBuiltinTemplate('ori-2022-2024')!;

/** Every item of the groups given set to one value per slot (top of scale when `full`). */
function sheet(fill: Record<string, 'full' | 'zero' | 'na'>): UnitAnswers & { answers: Record<string, SlotAnswer[]> } {
  const answers: Record<string, SlotAnswer[]> = {};
  for (const g of opini.groups) {
    const mode = fill[g.id] ?? 'zero';
    const top = g.items[0]!.scale === 'yesno' ? 1 : 3;
    for (const item of g.items) answers[item.id] = Array.from({ length: g.respondents.defaultCount }, () => (mode === 'na' ? 'na' : mode === 'full' ? top : 0));
  }
  return { respondentCounts: {}, answers };
}

describe('2025 blocks: internal 70, public trust 30', () => {
  it('a unit perfect inside and distrusted by every user scores 70, and the blocks show both sides', () => {
    const r = scoreUnit(opini, sheet({ IN: 'full', PR: 'full', OU: 'full', PD: 'full', KP: 'zero' }));
    expect(r.score).toBe(70);
    expect(r.blocks.map((b) => [b.blockId, b.side, b.points, b.percent])).toEqual([['DIM', 'internal', 70, 100], ['PUB', 'public', 0, 0]]);
    expect(r.opinion?.label.id).toBe('Kualitas Sedang');
  });

  it('a wholly N/A dimension shares its weight inside the block: public trust keeps its 30', () => {
    const r = scoreUnit(opini, sheet({ IN: 'na', PR: 'full', OU: 'full', PD: 'full', KP: 'zero' }));
    expect(r.groups.find((g) => g.groupId === 'KP')!.effectiveWeight).toBe(30);
    expect(r.blocks[0]!.effectiveWeight).toBeCloseTo(70, 10);
    expect(r.score).toBe(70);
    // Without blocks the same N/A would have grown public trust to 30 × 100 / 84.71.
  });

  it('public trust is the mean over respondents: 21 of 30 users saying yes to everything give 21 points', () => {
    const input = sheet({ IN: 'full', PR: 'full', OU: 'full', PD: 'full' });
    for (const item of opini.groups[4]!.items) input.answers[item.id] = Array.from({ length: 30 }, (_, s) => (s < 21 ? 1 : 0));
    const r = scoreUnit(opini, input);
    expect(r.groups[4]!.points).toBe(21);
    expect(r.score).toBe(91);
    expect(r.opinion).toMatchObject({ label: { id: 'Kualitas Tertinggi' }, quality: { id: 'Sangat Baik' }, award: true, officialBand: false });
  });

  it('templates without blocks score as before (2022-2024: N/A shares over all groups)', () => {
    const answers: Record<string, SlotAnswer[]> = {};
    for (const g of revised.groups) for (const item of g.items) answers[item.id] = Array.from({ length: g.respondents.defaultCount }, () => (g.id === 'IN' ? 'na' : 3));
    const r = scoreUnit(revised, { respondentCounts: {}, answers });
    expect(r.blocks).toEqual([]);
    expect(r.groups[1]!.effectiveWeight).toBeCloseTo((32.37 * 100) / 78.15, 10);
    expect(r.score).toBe(100);
    expect(r.opinion).toBeNull(); // its bands carry no quality words: grades, not an opinion
  });
});


describe('opinionFor: every published 2025 pair gets its label from the bands', () => {
  it.each(PUBLISHED_2025)('%s %d → %s', (_who, score, label, quality) => {
    const o = opinionFor(score, opini)!;
    expect(o.label.id).toBe(label);
    if (quality) expect(o.quality.id).toBe(quality);
  });

  it('the qualifier is appended only when the caller says it is met', () => {
    const o = opinionFor(88.49, opini)!;
    expect(opinionLabel(o, 'id')).toBe('Kualitas Tertinggi');
    expect(opinionLabel(o, 'id', true)).toBe('Kualitas Tertinggi Tanpa Maladministrasi');
    expect(opinionLabel(opinionFor(65.98, opini)!, 'en', true)).toBe('Medium quality, free of maladministration');
    expect(opinionFor(null, opini)).toBeNull();
  });

  it('band edges: 87.99 Tinggi, 88.00 Tertinggi, 31.99 Terendah', () => {
    expect(opinionFor(87.99, opini)!.label.id).toBe('Kualitas Tinggi');
    expect(opinionFor(88, opini)!.label.id).toBe('Kualitas Tertinggi');
    expect(opinionFor(31.99, opini)!.quality.id).toBe('Sangat Kurang');
  });

  it('the entity opinion is read from the mean of unrounded unit scores', () => {
    const e = scoreEntity(opini, [{ rawScore: 78.004 }, { rawScore: 77.999 }]);
    expect(e.score).toBe(78);
    expect(e.opinion?.label.id).toBe('Kualitas Tinggi');
    expect(scoreEntity(opini, []).opinion).toBeNull();
  });

  it('answers exist that give every published score exactly (what the service test feeds in)', () => {
    for (const [, score] of PUBLISHED_2025) expect(scoreUnit(opini, answersFor(opini, score)).score).toBe(score);
  });
});

describe('patuh score on the 2025 example (docs/examples)', () => {
  it('prints the opinion with its quality word, the inferred bands and both blocks', async () => {
    const file = 'docs/examples/audit-2025-ori-opini-2025.json';
    const r = await cliInMemory(['score', file], { [file]: readFileSync(file, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      score: 84.43, grade: null, opinion: { label: 'Kualitas Tinggi', quality: 'Baik', bandsInferred: true },
      blocks: [{ id: 'DIM', side: 'internal', weight: 70, splitPlaceholder: true }, { id: 'PUB', side: 'public', weight: 30, splitPlaceholder: false }],
    });
  });
});
