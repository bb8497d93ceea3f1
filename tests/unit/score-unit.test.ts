import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { respondentCountsFor, setAnswer, setItemNotApplicable } from '../../shared/scoring/answers';
import { officialZonePolicy } from '../../shared/scoring/bands';
import { pathToTarget } from '../../shared/scoring/path-to-target';
import { roundHalfUp } from '../../shared/scoring/rounding';
import { scoreUnit } from '../../shared/scoring/score-unit';
import { uniformAnswers } from './support/answer-arbitraries';

const revised = findBuiltinTemplate('ori-2022-2024')!;
const classic = findBuiltinTemplate('ori-2016-2021')!;
const counts = respondentCountsFor(revised);

describe('scoreUnit (2022-2024)', () => {
  it('scores a perfect unit 100, grade A, green', () => {
    const r = scoreUnit(revised, uniformAnswers(revised, counts, 3));
    expect(r.score).toBe(100);
    expect(r.band?.grade).toBe('A');
    expect(r.zone).toBe('green');
    expect(r.groups.map((g) => g.points)).toEqual([21.85, 32.37, 24.24, 21.54]);
    expect(r.progress).toMatchObject({ answered: r.progress.total, percent: 100, itemsComplete: 41, itemCount: 41 });
  });

  it('scores an empty audit 0 and reports no progress', () => {
    const r = scoreUnit(revised, { respondentCounts: {}, answers: {} });
    expect(r.score).toBe(0);
    expect(r.band?.grade).toBe('E');
    expect(r.zone).toBe('red');
    expect(r.progress).toEqual({ answered: 0, total: 15 * 4 + 12 * 2 + 5 * 10 + 9 * 2, percent: 0, itemsComplete: 0, itemCount: 41 });
    expect(r.scorable).toBe(true);
  });

  it('normalises 0..3 as v/3 and averages over respondents', () => {
    // Every answer 2 of 3: each dimension earns two thirds of its weight.
    const r = scoreUnit(revised, uniformAnswers(revised, counts, 2));
    expect(r.rawScore).toBeCloseTo(200 / 3, 10);
    expect(r.score).toBe(66.67);
    expect(r.groups[0]!.points).toBe(roundHalfUp((21.85 * 2) / 3));
  });

  it('counts unanswered slots as 0 but leaves N/A slots out of the average', () => {
    let answers = setAnswer({}, 'PR-01', 0, 3); // product 2 unanswered → item value 0.5
    let r = scoreUnit(revised, { respondentCounts: counts, answers });
    expect(r.groups[1]!.items[0]).toMatchObject({ value: 0.5, answered: 1, slots: 2, shortfall: 1 });
    answers = setAnswer(answers, 'PR-01', 1, 'na'); // product 2 N/A → item value 1
    r = scoreUnit(revised, { respondentCounts: counts, answers });
    expect(r.groups[1]!.items[0]).toMatchObject({ value: 1, answered: 2, shortfall: 0, applicable: true });
    expect(r.groups[1]!.rawPoints).toBeCloseTo(32.37 / 12, 10);
  });

  it('takes an item whose slots are all N/A out of the group denominator', () => {
    const full = uniformAnswers(revised, counts, 3);
    const answers = setItemNotApplicable(setAnswer(full.answers, 'PR-02', 0, 0), 'PR-02', 2);
    const r = scoreUnit(revised, { respondentCounts: counts, answers });
    expect(r.score).toBe(100);
    expect(r.applicableItems).toBe(40);
    expect(r.groups[1]!.applicableItems).toBe(11);
  });

  it('shares out the weight of a wholly N/A group so the score stays on 0..100', () => {
    let answers = uniformAnswers(revised, counts, 3).answers;
    for (const item of revised.groups[3]!.items) answers = setItemNotApplicable(answers, item.id, counts.PD!);
    const r = scoreUnit(revised, { respondentCounts: counts, answers });
    const pd = r.groups[3]!;
    expect(pd).toMatchObject({ applicable: false, effectiveWeight: 0, points: 0, answered: pd.total });
    expect(r.score).toBe(100);
    expect(r.groups[0]!.effectiveWeight).toBeCloseTo((21.85 * 100) / (100 - 21.54), 10);
  });

  it('cannot score an audit where everything is N/A: no zone, no grade, no path, not NaN', () => {
    const input = uniformAnswers(revised, counts, 'na');
    const r = scoreUnit(revised, input);
    expect(r).toMatchObject({ score: 0, rawScore: 0, scorable: false, zone: null, band: null, applicableItems: 0 });
    expect(r.groups.every((g) => g.points === 0 && !Number.isNaN(g.rawPoints))).toBe(true);
    expect(r.progress.percent).toBe(100);
    expect(pathToTarget(revised, input)).toBeNull();
  });

  it('says when it was computed with placeholder weights (a group or item weight not official)', () => {
    expect(scoreUnit(revised, uniformAnswers(revised, counts, 3)).placeholderWeights).toBe(true);
    expect(scoreUnit(classic, { respondentCounts: {}, answers: {} }).placeholderWeights).toBe(true);
    const official = structuredClone(revised);
    for (const g of official.groups) for (const item of g.items) item.source = { official: true, note: 'test' };
    expect(scoreUnit(official, uniformAnswers(official, counts, 3)).placeholderWeights).toBe(false);
  });

  it('ignores answers beyond the slot count and uses the audit’s own counts', () => {
    const answers = { 'OU-1': [3, 3, 3] };
    const one = scoreUnit(revised, { respondentCounts: { OU: 1 }, answers });
    const ten = scoreUnit(revised, { respondentCounts: { OU: 10 }, answers });
    expect(one.groups[2]!.items[0]).toMatchObject({ value: 1, slots: 1 });
    expect(ten.groups[2]!.items[0]).toMatchObject({ value: 0.3, slots: 10 });
  });

  it('reads the zone from the policy and the band from the template, both on the rounded score', () => {
    // Two groups weighted 77.995 / 22.005: the first full, the second empty → raw 77.995 → 78.00.
    const [a, b] = [revised.groups[0]!, revised.groups[1]!];
    const template = { ...revised, groups: [{ ...a, weight: 77.995 }, { ...b, weight: 22.005 }] };
    const answers = Object.fromEntries(a.items.map((i) => [i.id, [3, 3, 3, 3]]));
    const r = scoreUnit(template, { respondentCounts: {}, answers });
    expect(r.rawScore).toBeLessThan(78);
    expect(r.score).toBe(78);
    expect(r.band?.grade).toBe('B'); // green from 78.00 officially
    expect(r.zone).toBe('yellow'); // but yellow under the default policy (green from 80)
    expect(scoreUnit(template, { respondentCounts: {}, answers }, officialZonePolicy(revised)!).zone).toBe('green');
    expect(officialZonePolicy(revised)).toEqual({ green: 78, yellow: 54 });
  });
});

describe('scoreUnit (2016-2021 classic)', () => {
  const products = 4;
  const classicCounts = Object.fromEntries(classic.groups.map((g) => [g.id, products]));

  it('equals the mean of the product scores (100 × items present ÷ items) when nothing is N/A', () => {
    const items = classic.groups.flatMap((g) => g.items.map((i) => i.id));
    // Product p has the first 8p + 3 items present.
    const present = (p: number, index: number) => (index < 8 * p + 3 ? 1 : 0);
    const answers = Object.fromEntries(items.map((id, index) => [id, [0, 1, 2, 3].map((p) => present(p, index))]));
    const productScores = [0, 1, 2, 3].map((p) => (100 * items.filter((_, i) => present(p, i)).length) / items.length);
    const mean = productScores.reduce((a, b) => a + b, 0) / products;
    const r = scoreUnit(classic, { respondentCounts: classicCounts, answers });
    expect(r.rawScore).toBeCloseTo(mean, 9);
    expect(r.score).toBe(roundHalfUp(mean));
  });

  it('uses the official 81 / 51 bands', () => {
    expect(officialZonePolicy(classic)).toEqual({ green: 81, yellow: 51 });
    const r = scoreUnit(classic, uniformAnswers(classic, classicCounts, 1));
    expect(r.score).toBe(100);
    expect(r.band?.zone).toBe('green');
  });
});
