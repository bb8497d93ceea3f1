/**
 * Rounds half up (away from zero) to `decimals` places, as the Ombudsman publishes its figures
 * (e.g. 52.855 → 52.86). Binary floating point stores 0.125 exactly but 1.005 as 1.00499999…, and
 * sums of weighted means drift in the 15th digit, so the scaled value is first cut to 15
 * significant digits: anything within that noise of a half is treated as the half.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
