import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { observedProducts, scoreEntity } from '../../shared/scoring/score-entity';

const revised = findBuiltinTemplate('ori-2022-2024')!;
const classic = findBuiltinTemplate('ori-2016-2021')!;

describe('scoreEntity', () => {
  it('2022-2024: plain mean of unit scores, product counts ignored', () => {
    expect(scoreEntity(revised, [{ rawScore: 80, products: 9 }, { rawScore: 60, products: 1 }]).score).toBe(70);
  });

  it('2016-2021: mean of all product scores, i.e. units weighted by products observed', () => {
    // Unit A: 3 products averaging 90; unit B: 1 product at 50 → (3×90 + 50) / 4 = 80 (yellow, < 81).
    const r = scoreEntity(classic, [{ rawScore: 90, products: 3 }, { rawScore: 50, products: 1 }]);
    expect(r.score).toBe(80);
    expect(r.band?.zone).toBe('yellow');
  });

  it('returns 0 for an entity without units, not NaN', () => {
    expect(scoreEntity(revised, [])).toMatchObject({ score: 0, unitCount: 0 });
  });

  it('counts products from the audit’s respondent counts', () => {
    expect(observedProducts(classic, { SP: 5 })).toBe(5);
    expect(observedProducts(classic, {})).toBe(3);
    expect(observedProducts(revised, {})).toBe(2);
  });
});
