import type { FlatItem } from './checklist-model';

/** The checklist's items without those of survey groups, renumbered: the grid answers those. */
export function withoutSurveys(items: readonly FlatItem[]): FlatItem[] {
  return items.filter((e) => !e.group.survey).map((e, index) => ({ ...e, index }));
}
