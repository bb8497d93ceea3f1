import { z } from 'zod';
import { RESERVED_KEYS } from '../domain/bounded-record';
import { requiredText } from '../domain/text-fields';
import { templateProblems } from './template-checks';
import { GROUP_WEIGHT, ITEM_WEIGHT, TEMPLATE_LIMITS } from './template-limits';

export { GROUP_WEIGHT, ITEM_WEIGHT, TEMPLATE_LIMITS };

/**
 * A methodology template: versioned data that says what an audit asks and how it is scored.
 * A template in use is never edited; a change is a new `version` (ARCHITECTURE.md, Domain model).
 * Every figure carries a `source` saying whether it is official (with a citation) or a placeholder,
 * because most item-level weights of the Ombudsman instruments are not public.
 */

export const ZONES = ['green', 'yellow', 'red'] as const;
export const SCALES = ['yesno', 'zeroToThree'] as const;
export type Scale = (typeof SCALES)[number];
export const RESPONDENT_KINDS = ['official', 'product', 'user', 'complaintOfficer', 'none'] as const;
export type RespondentKind = (typeof RESPONDENT_KINDS)[number];
/** How the evidence for a group is gathered. */
export const OBSERVATION_KINDS = ['interview', 'observation', 'documentReview', 'mixed'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];
/**
 * How unit scores combine into an entity score: the 2022-2024 method averages units; the
 * 2016-2021 method averages all product scores of the entity (Tribun Lombok 2021).
 */
export const ENTITY_AGGREGATIONS = ['meanOfUnits', 'meanOfProducts'] as const;

/** The most respondents or products one audit may hold for a group; the Ombudsman interviews 30 users. */
export const MAX_RESPONDENTS = 100;

/** The top of each scale: an answer is normalised as value / max (yes = 1, 0..3 as v/3). */
export const SCALE_MAX: Record<Scale, number> = { yesno: 1, zeroToThree: 3 };

export const localizedTextSchema = z.strictObject({ id: requiredText(500), en: requiredText(500) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Item, group and section ids: short codes such as `IN-K1` or `PR-06a`, also used as JSON keys
 * (so never a name objects already have, such as `constructor`).
 */
export const codeSchema = z
  .string('validation.required')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'validation.invalidCode')
  .superRefine((code, ctx) => {
    if (RESERVED_KEYS.includes(code)) ctx.addIssue({ code: 'custom', message: 'validation.reservedKey', params: { key: code } });
  });

/** Where a figure (weight, band) comes from: an official source, or a placeholder and why. */
export const figureSourceSchema = z.strictObject({
  official: z.boolean('validation.invalidType'),
  note: requiredText(500),
});
export type FigureSource = z.infer<typeof figureSourceSchema>;

const scoreBound = z.number('validation.invalidType').min(0, 'validation.scoreRange').max(100, 'validation.scoreRange');

export const gradeBandSchema = z.strictObject({
  /** Letter grade where the method has one (2022-2024: A to E); the classic method has zones only. */
  grade: z.string().regex(/^[A-Z]$/, 'validation.invalidGrade').optional(),
  label: localizedTextSchema,
  zone: z.enum(ZONES, 'validation.invalidOption'),
  min: scoreBound,
  max: scoreBound,
  source: figureSourceSchema,
  /** The quality word of a unit in this band (2025: "Baik" beside "Kualitas Tinggi"); data, not code. */
  quality: localizedTextSchema.optional(),
});
export type GradeBand = z.infer<typeof gradeBandSchema>;

export const respondentSlotSchema = z.strictObject({
  kind: z.enum(RESPONDENT_KINDS, 'validation.invalidOption'),
  /** Suggested number of respondents or products; each audit may change it. */
  defaultCount: z
    .number('validation.invalidType')
    .int('validation.integer')
    .min(1, 'validation.tooSmall')
    .max(MAX_RESPONDENTS, 'validation.tooBig'),
  label: localizedTextSchema,
});
export type RespondentSlot = z.infer<typeof respondentSlotSchema>;

const respondentCount = z.number('validation.invalidType').int('validation.integer').min(1, 'validation.tooSmall').max(MAX_RESPONDENTS, 'validation.tooBig');

/**
 * A group answered by service users in a survey (2025: the public-trust survey of at least 30 users),
 * entered in a grid of one row per respondent. `proof`: each respondent shows proof of having been
 * served (a document number or a photo), because the maladministration-perception survey counts
 * only people who actually received the service (opini-2025.md, Structure).
 */
export const surveySchema = z.strictObject({
  minCount: respondentCount,
  maxCount: respondentCount,
  proof: z.strictObject({ label: localizedTextSchema, hint: localizedTextSchema }).optional(),
});
export type TemplateSurvey = z.infer<typeof surveySchema>;

const weight = (bounds: { min: number; max: number }) =>
  z.number('validation.invalidType').min(bounds.min, 'validation.tooSmall').max(bounds.max, 'validation.tooBig');

export const templateItemSchema = z.strictObject({
  id: codeSchema,
  label: localizedTextSchema,
  /** What evidence the auditor should look for (document, photo, interview). */
  evidenceHint: localizedTextSchema,
  scale: z.enum(SCALES, 'validation.invalidOption'),
  weight: weight(ITEM_WEIGHT),
  source: figureSourceSchema,
  /** A sub-heading inside the group (a variable of a dimension); display only. */
  section: codeSchema.optional(),
  /**
   * Suggested wording the auditor may start a recommendation from (never the evidence hint).
   * Optional, so templates without it keep their canonical JSON and checksum.
   */
  recommendation: localizedTextSchema.optional(),
});
export type TemplateItem = z.infer<typeof templateItemSchema>;

export const templateSectionSchema = z.strictObject({ id: codeSchema, label: localizedTextSchema });

export const templateGroupSchema = z.strictObject({
  id: codeSchema,
  label: localizedTextSchema,
  /** Points out of 100 that the group contributes; the groups of a template sum to 100. */
  weight: weight(GROUP_WEIGHT),
  source: figureSourceSchema,
  observation: z.enum(OBSERVATION_KINDS, 'validation.invalidOption'),
  /** How the data are collected, in words (e.g. "interviews with 4 officials per unit"). */
  method: localizedTextSchema,
  respondents: respondentSlotSchema,
  sections: z.array(templateSectionSchema).max(TEMPLATE_LIMITS.sections, 'validation.tooMany').optional(),
  survey: surveySchema.optional(),
  items: z.array(templateItemSchema).min(1, 'validation.noItems').max(TEMPLATE_LIMITS.itemsPerGroup, 'validation.tooMany'),
});
export type TemplateGroup = z.infer<typeof templateGroupSchema>;

/** Which side of the "service paradox" a block shows: the unit's own indicators, or the public's view. */
export const BLOCK_SIDES = ['internal', 'public'] as const;
export type BlockSide = (typeof BLOCK_SIDES)[number];

/**
 * Groups whose weights together make one published figure (2025: the four dimensions weigh 70
 * together, how they split it is not published). The member groups' weights must add up to the
 * block's; a wholly N/A group's share stays inside its block (shared/scoring/block-weights.ts).
 */
export const templateBlockSchema = z.strictObject({
  id: codeSchema,
  label: localizedTextSchema,
  weight: weight(GROUP_WEIGHT),
  source: figureSourceSchema,
  side: z.enum(BLOCK_SIDES, 'validation.invalidOption'),
  groups: z.array(codeSchema).min(1, 'validation.noGroups').max(TEMPLATE_LIMITS.groups, 'validation.tooMany'),
});
export type TemplateBlock = z.infer<typeof templateBlockSchema>;

/** What a qualifier is decided by: 2025, every Ombudsman product of the period followed up (tuntas). */
export const QUALIFIER_RULES = ['allOmbudsmanProductsTuntas'] as const;

/**
 * A words-only addition to the opinion decided outside the checklist, never points (2025:
 * "Tanpa Maladministrasi", opini-2025.md, Opinion labels).
 */
export const templateQualifierSchema = z.strictObject({
  id: codeSchema,
  label: localizedTextSchema,
  rule: z.enum(QUALIFIER_RULES, 'validation.invalidOption'),
  source: figureSourceSchema,
});
export type TemplateQualifier = z.infer<typeof templateQualifierSchema>;

const year = z.number('validation.invalidType').int('validation.integer').min(2000, 'validation.tooSmall').max(2100, 'validation.tooBig');

/** The fields of a template, without the cross-field checks (see methodologyTemplateSchema). */
export const templateShapeSchema = z.strictObject({
  id: z.string('validation.required').regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'validation.invalidTemplateId'),
  version: z.number('validation.invalidType').int('validation.integer').min(1, 'validation.tooSmall'),
  name: localizedTextSchema,
  description: localizedTextSchema,
  validYears: z.strictObject({ from: year, to: year }),
  legalBasis: z.array(requiredText(300)).max(TEMPLATE_LIMITS.legalBasis, 'validation.tooMany'),
  entityAggregation: z.enum(ENTITY_AGGREGATIONS, 'validation.invalidOption'),
  bands: z.array(gradeBandSchema).min(1, 'validation.noBands').max(TEMPLATE_LIMITS.bands, 'validation.tooMany'),
  groups: z.array(templateGroupSchema).min(1, 'validation.noGroups').max(TEMPLATE_LIMITS.groups, 'validation.tooMany'),
  blocks: z.array(templateBlockSchema).min(1, 'validation.noGroups').max(TEMPLATE_LIMITS.blocks, 'validation.tooMany').optional(),
  qualifier: templateQualifierSchema.optional(),
});

/**
 * A complete template: fields plus cross-field checks (unique ids, weights summing to 100, bands
 * tiling 0..100). zod skips refinements after some field errors, so to report every problem of a
 * file at once use parseTemplate, which runs both halves independently.
 */
export const methodologyTemplateSchema = templateShapeSchema.superRefine((value, ctx) => {
  for (const p of templateProblems(value)) {
    ctx.addIssue({ code: 'custom', message: p.message, path: p.path, ...(p.params ? { params: p.params } : {}) });
  }
});
export type MethodologyTemplate = z.infer<typeof methodologyTemplateSchema>;
