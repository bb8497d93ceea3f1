import type { ZonePolicy } from '../domain/zone';
import type { GradeBand, MethodologyTemplate } from '../methodology/template-schema';

/** The template's official band holding an already rounded score (bands tile 0..100 in 0.01 steps). */
export function bandFor(template: MethodologyTemplate, score: number): GradeBand | null {
  let best: GradeBand | null = null;
  for (const band of template.bands) {
    if (score >= band.min - 1e-9 && (best === null || band.min > best.min)) best = band;
  }
  return best;
}

/**
 * The template's official bands as a zone policy (2016-2021: green 81, yellow 51; 2022-2024:
 * green 78, yellow 54), so the UI can show it beside the user's own policy. Null when the bands
 * lack a green or yellow zone.
 */
export function officialZonePolicy(template: MethodologyTemplate): ZonePolicy | null {
  const lowest = (zone: GradeBand['zone']) => {
    const mins = template.bands.filter((b) => b.zone === zone).map((b) => b.min);
    return mins.length ? Math.min(...mins) : undefined;
  };
  const green = lowest('green');
  const yellow = lowest('yellow');
  return green !== undefined && yellow !== undefined && yellow < green ? { green, yellow } : null;
}
