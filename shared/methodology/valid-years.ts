import type { MethodologyTemplate } from './template-schema';

/**
 * True when a year lies outside the years a method was used by the Ombudsman: a 2019 audit scored
 * with the 2022-2024 method reads like a 2019 result but is not comparable with the published one.
 */
export function outsideValidYears(template: Pick<MethodologyTemplate, 'validYears'>, year: number): boolean {
  return year < template.validYears.from || year > template.validYears.to;
}
