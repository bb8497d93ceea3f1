import type { AuditFile } from '../../shared/audit-file';
import { DEFAULT_ZONE_POLICY, zonePolicySchema, type ZonePolicy } from '../../shared/domain/zone';
import { outsideValidYears } from '../../shared/methodology/valid-years';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { usageError } from './terminal-io';

/** Where the zone policy of a command came from: its options, the seal of a final file, or the default. */
export type PolicySource = 'options' | 'seal' | 'default';

/**
 * The zone policy to read an audit file's zone with: --green/--yellow when given; else the one a
 * final file was sealed under, so its zone is the one that was signed; else the product default.
 */
export function filePolicy(file: AuditFile, values: { green?: string | undefined; yellow?: string | undefined }, usage: string): { policy: ZonePolicy; from: PolicySource } {
  if (values.green === undefined && values.yellow === undefined) {
    return file.status === 'final' && file.zonePolicy ? { policy: file.zonePolicy, from: 'seal' } : { policy: DEFAULT_ZONE_POLICY, from: 'default' };
  }
  const base = file.status === 'final' && file.zonePolicy ? file.zonePolicy : DEFAULT_ZONE_POLICY;
  const candidate = { green: values.green === undefined ? base.green : Number(values.green), yellow: values.yellow === undefined ? base.yellow : Number(values.yellow) };
  const parsed = zonePolicySchema.safeParse(candidate);
  if (!parsed.success) throw usageError(`invalid zone policy green ${candidate.green}, yellow ${candidate.yellow}: need 0 <= yellow < green <= 100`, usage);
  return { policy: parsed.data, from: 'options' };
}

/**
 * A stderr line when the period lies outside the years the method was used, else null. (That the
 * weights are placeholders is said by `placeholderWeights` in the JSON and in the report itself:
 * both built-in methods have them, so a line on every run would only be noise.)
 */
export function periodWarning(file: AuditFile, template: MethodologyTemplate): string | null {
  if (!outsideValidYears(template, file.period.year)) return null;
  const { from, to } = template.validYears;
  return `warning: the period ${file.period.year} lies outside the years of ${template.id} v${template.version} (${from}-${to}); the score is not comparable with the Ombudsman's for that year`;
}

export const NOT_SCORABLE = 'not scorable: every item is N/A, so there is no score, zone or grade';
