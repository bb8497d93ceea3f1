import type { TemplateGroup } from './template-schema';

/**
 * The respondent counts a group allows in one audit: a survey group its own bounds (2025 public
 * trust: 30 to 100 users, opini-2025.md), any other group 1 to MAX_RESPONDENTS.
 */
export function surveyCountProblem(group: TemplateGroup, count: number): { message: string; params: { min: number; max: number } } | null {
  if (!group.survey) return null;
  const { minCount: min, maxCount: max } = group.survey;
  return count < min || count > max ? { message: 'validation.surveyCount', params: { min, max } } : null;
}
