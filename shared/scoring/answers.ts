import { z } from 'zod';
import type { Issue } from '../contract/result';
import { boundedRecord } from '../domain/bounded-record';
import { codeSchema, MAX_RESPONDENTS, SCALE_MAX, TEMPLATE_LIMITS, type MethodologyTemplate, type TemplateGroup } from '../methodology/template-schema';

/**
 * The answers of one audit. Each item has one answer per respondent slot of its group (an official,
 * a service product, a user, a complaint officer), indexed from 0:
 * - a number on the item's scale (0/1 for yes/no, 0..3),
 * - 'na' when the item does not apply to that respondent or product,
 * - null (or a missing entry) when it has not been answered yet.
 * Unanswered slots count as 0 in the score (a draft never shows more than it has earned) and are
 * reported separately as progress; N/A slots leave the average. See score-unit.ts.
 */
export type AnswerValue = number | 'na';
export type SlotAnswer = AnswerValue | null;
export type ItemAnswers = readonly SlotAnswer[];
/** Answers by item id; an array may be shorter than the slot count (the rest are unanswered). */
export type AnswerSheet = Readonly<Record<string, ItemAnswers | undefined>>;
/** Respondents or products per group id, chosen per audit; a missing group uses the template default. */
export type RespondentCounts = Readonly<Record<string, number | undefined>>;

export interface UnitAnswers {
  respondentCounts: RespondentCounts;
  answers: AnswerSheet;
}

export const slotAnswerSchema = z.union(
  [z.number().int('validation.integer').min(0, 'validation.outOfScale').max(3, 'validation.outOfScale'), z.literal('na'), z.null()],
  'validation.invalidAnswer',
);
export const answerSheetSchema = boundedRecord(codeSchema, z.array(slotAnswerSchema).max(MAX_RESPONDENTS, 'validation.tooMany'), TEMPLATE_LIMITS.items);
export const respondentCountSchema = z
  .number('validation.invalidType')
  .int('validation.integer')
  .min(1, 'validation.tooSmall')
  .max(MAX_RESPONDENTS, 'validation.tooBig');

/** The number of slots of a group in this audit: the audit's count if valid, else the default. */
export function slotCount(group: TemplateGroup, counts: RespondentCounts): number {
  const n = counts[group.id];
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_RESPONDENTS ? n : group.respondents.defaultCount;
}

/** Every group's count, defaults filled in: what a new audit starts with. */
export function respondentCountsFor(template: MethodologyTemplate, counts: RespondentCounts = {}): Record<string, number> {
  return Object.fromEntries(template.groups.map((g) => [g.id, slotCount(g, counts)]));
}

/** A copy of the sheet with one slot set (null clears it); the input is not changed. */
export function setAnswer(sheet: AnswerSheet, itemId: string, slot: number, value: SlotAnswer): AnswerSheet {
  const current = sheet[itemId] ?? [];
  const next: SlotAnswer[] = Array.from({ length: Math.max(current.length, slot + 1) }, (_, i) => current[i] ?? null);
  next[slot] = value;
  return { ...sheet, [itemId]: next };
}

/** A copy of the sheet with every slot of an item set to N/A (the item leaves the score). */
export function setItemNotApplicable(sheet: AnswerSheet, itemId: string, slots: number): AnswerSheet {
  return { ...sheet, [itemId]: Array.from({ length: slots }, () => 'na' as const) };
}

/**
 * Problems of answers against their template: unknown items or groups, values off the item's
 * scale (2 on a yes/no item), answers beyond the group's slot count. Paths are relative to the
 * object holding `answers` and `respondentCounts`.
 */
export function answerIssues(template: MethodologyTemplate, input: UnitAnswers, countsKey = 'respondentCounts'): Issue[] {
  const issues: Issue[] = [];
  const groupOfItem = new Map<string, TemplateGroup>();
  for (const g of template.groups) for (const item of g.items) groupOfItem.set(item.id, g);
  const scaleOf = new Map(template.groups.flatMap((g) => g.items.map((i) => [i.id, i.scale] as const)));

  for (const groupId of Object.keys(input.respondentCounts)) {
    if (!template.groups.some((g) => g.id === groupId)) {
      issues.push({ path: `${countsKey}.${groupId}`, message: 'validation.unknownGroup', params: { id: groupId } });
    }
  }
  for (const [itemId, slots] of Object.entries(input.answers)) {
    const group = groupOfItem.get(itemId);
    if (!group) {
      issues.push({ path: `answers.${itemId}`, message: 'validation.unknownItem', params: { id: itemId } });
      continue;
    }
    const max = SCALE_MAX[scaleOf.get(itemId) ?? 'zeroToThree'];
    const count = slotCount(group, input.respondentCounts);
    (slots ?? []).forEach((value, slot) => {
      if (value === null || value === undefined) return;
      if (slot >= count) {
        issues.push({ path: `answers.${itemId}.${slot}`, message: 'validation.slotOutOfRange', params: { count } });
      } else if (typeof value === 'number' && (value > max || value < 0 || !Number.isInteger(value))) {
        issues.push({ path: `answers.${itemId}.${slot}`, message: 'validation.outOfScale', params: { max } });
      }
    });
  }
  return issues;
}
