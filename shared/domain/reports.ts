import { z } from 'zod';
import type { RecurringRecommendation } from '../reports/recommendation-plan';
import type { LocalizedText } from '../methodology/template-schema';
import type { AuditStatus, SealSignature } from './audit';
import { idSchema, type EntityKind } from './registry';
import { LANGUAGES } from './settings';
import type { Zone, ZonePolicy } from './zone';

/**
 * Word reports (one audit, or one entity for one year) and the entity overview screen. An
 * entity's period is a year, the unit the Ombudsman publishes by; when a unit has several
 * audits in that year, the sealed one updated last stands for it.
 */

const year = z.number('validation.invalidType').int('validation.integer').min(2000, 'validation.tooSmall').max(2100, 'validation.tooBig');
/** The report's language; the UI's language when left out. */
const reportLanguage = z.enum(LANGUAGES, 'validation.invalidOption').optional();

export const exportAuditReportInput = z.strictObject({ auditId: idSchema, language: reportLanguage });
export const exportEntityReportInput = z.strictObject({ entityId: idSchema, year, language: reportLanguage });
/** Without a year: the latest year with an audit. */
export const entityOverviewInput = z.strictObject({ entityId: idSchema, year: year.optional() });

export interface ItemShortfall {
  itemId: string;
  groupId: string;
  label: LocalizedText;
  /** 0..1, the item's achievement. */
  value: number;
  /** Points the unit would gain with the item at full marks (unrounded). */
  lostPoints: number;
}

export interface UnitResult {
  unitId: string;
  unitName: string;
  auditId: string;
  status: AuditStatus;
  periodLabel: string;
  templateId: string;
  templateVersion: number;
  /** False when the unit was assessed with another method than most units of the entity. */
  sameMethod: boolean;
  score: number;
  zone: Zone;
  grade: string | null;
  bandLabel: LocalizedText | null;
  /** 1 = highest score; equal scores share a rank. */
  rank: number;
  /** Points and effective weight of each group of the unit's template, in template order. */
  groups: { groupId: string; label: LocalizedText; points: number; weight: number }[];
  /** The unit's score in the latest earlier year it was audited. */
  previous: { year: number; score: number; zone: Zone } | null;
  change: number | null;
  progress: number;
  auditors: string[];
  contentHash: string | null;
  /** The seal's signature as checked on this laptop; null for a draft. */
  signature: SealSignature | null;
  /** Up to five items furthest from full marks, most points lost first. */
  unmet: ItemShortfall[];
}

export interface EntityOverview {
  entity: { id: string; name: string; kind: EntityKind; province: string };
  /** Null when the entity has no audit yet. */
  year: number | null;
  /** Years with at least one audit, newest first. */
  years: number[];
  policy: ZonePolicy;
  /** The method most units were assessed with: its groups are the dimensions compared. */
  method: { id: string; version: number; name: LocalizedText; groups: { id: string; label: LocalizedText; weight: number }[] } | null;
  /** Items of `method` the auditors wrote a recommendation for in two or more units, the most widespread first. */
  recurringRecommendations: RecurringRecommendation[];
  mixedMethods: boolean;
  score: number | null;
  zone: Zone | null;
  band: { grade: string | null; label: LocalizedText; zone: Zone } | null;
  /**
   * True when averaging the listed (rounded) unit scores gives another figure than `score`, which
   * averages the unrounded ones: Kota Kupang 2022's units average 79.1257, published 79.12.
   */
  roundedUnitsDiffer: boolean;
  /** True when a listed unit's score was computed with placeholder weights. */
  placeholderWeights: boolean;
  /** Ranked, best first; scorable audits only. */
  units: UnitResult[];
  /** Audits whose every item is N/A: no score, so left out of the ranking and the entity index. */
  unscorable: { unitId: string; unitName: string; auditId: string }[];
  /** Sealed units whose zone was read with the zone policy they were sealed under, where it is not `policy`. */
  otherPolicies: { unitId: string; unitName: string; policy: ZonePolicy }[];
  /** Active units without an audit in the year. */
  unassessed: { unitId: string; unitName: string }[];
  zoneCounts: Record<Zone, number>;
  drafts: number;
  /** Mean points per group of the method, over the units assessed with it. */
  dimensions: { groupId: string; label: LocalizedText; weight: number; meanPoints: number }[];
  /** Items not at full marks in the most units (of the method), up to ten. */
  unmetItems: { itemId: string; groupId: string; label: LocalizedText; unmetUnits: number; assessedUnits: number; meanValue: number }[];
}
