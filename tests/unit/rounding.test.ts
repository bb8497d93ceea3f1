import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../shared/scoring/rounding';

describe('roundHalfUp', () => {
  it.each([
    [0.125, 0.13],
    [1.005, 1.01],
    [2.675, 2.68],
    [52.855, 52.86],
    [49.845, 49.85],
    [60.80142857, 60.8],
    [77.994999, 77.99],
    [77.995, 78],
    [0.004999, 0],
    [100, 100],
    [0, 0],
    [-0.125, -0.13],
  ])('%d → %d', (value, expected) => {
    expect(roundHalfUp(value)).toBe(expected);
  });

  it('treats float noise around a half as the half (0.1 + 0.2 + 0.005)', () => {
    expect(0.1 + 0.2 + 0.005).not.toBe(0.305);
    expect(roundHalfUp(0.1 + 0.2 + 0.005)).toBe(0.31);
  });

  it('stays within half a cent and has at most 2 decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (x) => {
        const r = roundHalfUp(x);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Number(r.toFixed(2))).toBe(r);
      }),
    );
  });

  it('rounds every exact half-cent up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (cents) => {
        expect(roundHalfUp((cents + 0.5) / 100)).toBe((cents + 1) / 100);
      }),
    );
  });
});
