import type { ItemShortfall } from '../domain/reports';
import type { MethodologyTemplate } from '../methodology/template-schema';
import type { UnitScore } from '../scoring/score-unit';

/**
 * Every applicable item below full marks, most points lost first: what a report lists as unmet.
 * The points an item would add at full marks are exact and independent of the other items
 * (same formula as shared/scoring/path-to-target.ts):
 *   effective group weight × w_i × (1 − value_i) / Σ w of the group's applicable items.
 */
export function itemShortfalls(template: MethodologyTemplate, score: UnitScore): ItemShortfall[] {
  const out: ItemShortfall[] = [];
  template.groups.forEach((group, gi) => {
    const g = score.groups[gi];
    if (!g?.applicable) return;
    const weightSum = group.items.reduce((sum, item, ii) => sum + (g.items[ii]!.applicable ? item.weight : 0), 0);
    group.items.forEach((item, ii) => {
      const s = g.items[ii]!;
      if (!s.applicable || s.value >= 1 - 1e-9) return;
      out.push({
        itemId: item.id,
        groupId: group.id,
        label: item.label,
        value: s.value,
        lostPoints: (g.effectiveWeight * item.weight * (1 - s.value)) / weightSum,
      });
    });
  });
  return out.sort((a, b) => b.lostPoints - a.lostPoints || a.value - b.value);
}
