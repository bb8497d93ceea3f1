import type { AuditRecommendations } from '../audit-file/schema';
import type { ItemShortfall } from '../domain/reports';
import type { LocalizedText, MethodologyTemplate } from '../methodology/template-schema';

/** One item in the report's recommendations: its shortfall (0 points when met) and the auditor's text. */
export interface RecommendedItem {
  itemId: string;
  label: LocalizedText;
  /** 0..1; 1 for a met item that still carries a recommendation. */
  value: number;
  /** Points the unit would gain with the item at full marks. */
  points: number;
  /** The auditor's recommendation; '' where none was written. */
  text: string;
}

export interface RecommendedGroup {
  groupId: string;
  label: LocalizedText;
  /** What the group's items would add together. */
  points: number;
  /** The auditor's recommendation for the whole dimension; '' where none. */
  text: string;
  items: RecommendedItem[];
}

/**
 * The recommendations as the report lists them: by dimension, the dimension with the most
 * points to gain first, and within it the unmet items, most points first (the shortfalls'
 * order), then met items the auditor still wrote a recommendation for. A dimension with
 * nothing unmet and nothing written is left out.
 */
export function recommendationPlan(
  template: MethodologyTemplate,
  shortfalls: readonly ItemShortfall[],
  recommendations: AuditRecommendations | undefined,
): RecommendedGroup[] {
  const items = recommendations?.items ?? {};
  const groups = recommendations?.groups ?? {};
  const out: RecommendedGroup[] = [];
  for (const group of template.groups) {
    const unmet = shortfalls.filter((s) => s.groupId === group.id);
    const unmetIds = new Set(unmet.map((s) => s.itemId));
    const rows: RecommendedItem[] = unmet.map((s) => ({ itemId: s.itemId, label: s.label, value: s.value, points: s.lostPoints, text: items[s.itemId] ?? '' }));
    for (const item of group.items) {
      if (!unmetIds.has(item.id) && items[item.id]) rows.push({ itemId: item.id, label: item.label, value: 1, points: 0, text: items[item.id]! });
    }
    const text = groups[group.id] ?? '';
    if (!rows.length && !text) continue;
    out.push({ groupId: group.id, label: group.label, points: rows.reduce((sum, r) => sum + r.points, 0), text, items: rows });
  }
  // Stable: equal points keep the template's order.
  return out.sort((a, b) => b.points - a.points);
}

/** A recommendation written for the same item in several units: what a city-wide report names. */
export interface RecurringRecommendation {
  itemId: string;
  groupId: string;
  label: LocalizedText;
  /** The units that carry it, in the order given. */
  units: string[];
  /** The distinct texts, in the order first met. */
  texts: string[];
}

/**
 * Items the auditors wrote a recommendation for in at least `min` units, the most widespread
 * first, then by item id: where one city-wide measure would help several units at once.
 */
export function recurringRecommendations(
  template: MethodologyTemplate,
  units: readonly { unitName: string; recommendations: AuditRecommendations | undefined }[],
  min = 2,
): RecurringRecommendation[] {
  const out: RecurringRecommendation[] = [];
  for (const group of template.groups) {
    for (const item of group.items) {
      const carrying = units.filter((u) => u.recommendations?.items[item.id]);
      if (carrying.length < min) continue;
      const texts = [...new Set(carrying.map((u) => u.recommendations!.items[item.id]!.trim()))];
      out.push({ itemId: item.id, groupId: group.id, label: item.label, units: carrying.map((u) => u.unitName), texts });
    }
  }
  return out.sort((a, b) => b.units.length - a.units.length || a.itemId.localeCompare(b.itemId));
}
