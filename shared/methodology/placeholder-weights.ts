import type { MethodologyTemplate } from './template-schema';

/**
 * Whether a score computed with this template rests on placeholder weights: some group or item
 * weight whose source is not official. Both built-in methods have them, because the Ombudsman
 * does not publish its item weights (ombudsman-methodology.md §1.3, §2.3), so a score, and the
 * official grade read from it, may differ from the Ombudsman's own.
 */
export function usesPlaceholderWeights(template: MethodologyTemplate): boolean {
  return template.groups.some((g) => !g.source.official || g.items.some((i) => !i.source.official));
}
