import { z } from 'zod';

export type Zone = 'green' | 'yellow' | 'red';

/**
 * The zone policy: the lowest score of the green and of the yellow zone. The product's default,
 * green from 80.00 ("Indeks 80, Zona Hijau", the target cities set themselves) and yellow from
 * 51.00, is a policy choice, not an Ombudsman band; the official bands live in each template.
 */
export const zonePolicySchema = z
  .strictObject({
    green: z.number('validation.invalidType').min(0, 'validation.scoreRange').max(100, 'validation.scoreRange'),
    yellow: z.number('validation.invalidType').min(0, 'validation.scoreRange').max(100, 'validation.scoreRange'),
  })
  .refine((p) => p.yellow < p.green, { message: 'validation.zoneOrder', path: ['yellow'] });
export type ZonePolicy = z.infer<typeof zonePolicySchema>;

export const DEFAULT_ZONE_POLICY: ZonePolicy = { green: 80, yellow: 51 };

/** Reads the zone of an already rounded score. */
export function zoneFor(score: number, policy: ZonePolicy): Zone {
  if (score >= policy.green) return 'green';
  if (score >= policy.yellow) return 'yellow';
  return 'red';
}
