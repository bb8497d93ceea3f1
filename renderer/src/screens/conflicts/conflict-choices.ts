import type { ConflictView } from '../../../../shared/contract/packages';
import type { MethodologyTemplate, TemplateGroup } from '../../../../shared/methodology/template-schema';

export type Take = 'local' | 'incoming';
export interface Choice {
  key: string;
  take: Take;
}

const groupIdOf = (template: MethodologyTemplate, v: ConflictView) =>
  v.conflict.kind === 'respondents' ? v.conflict.groupId : template.groups.find((g) => g.items.some((i) => i.id === (v.conflict as { itemId: string }).itemId))?.id;

/** The conflicts by dimension, in template order: respondent counts first, then items in order and slot by slot. */
export function conflictsByGroup(template: MethodologyTemplate, views: ConflictView[]): { group: TemplateGroup; views: ConflictView[] }[] {
  const rank = (g: TemplateGroup, v: ConflictView) => {
    const c = v.conflict;
    if (c.kind === 'respondents') return -1;
    return g.items.findIndex((i) => i.id === c.itemId) * 1000 + (c.kind === 'answer' ? c.slot : 999);
  };
  return template.groups
    .map((group) => ({ group, views: views.filter((v) => groupIdOf(template, v) === group.id).sort((a, b) => rank(group, a) - rank(group, b)) }))
    .filter((g) => g.views.length > 0);
}

/** Everyone named on either side of a conflict, for "take all of Maria's". */
export function peopleOf(views: ConflictView[]): string[] {
  const names = views.flatMap((v) => (v.conflict.kind === 'respondents' ? [] : [v.conflict.incomingProv?.by, v.conflict.localProv?.by]));
  return [...new Set(names.filter((n): n is string => !!n))].sort((a, b) => a.localeCompare(b));
}

/** Respondent-count choices go first: an answer beyond this laptop's count needs the incoming count in place. */
export function ordered(choices: Choice[], views: ConflictView[]): Choice[] {
  const isCount = (c: Choice) => views.find((v) => v.key === c.key)?.conflict.kind === 'respondents';
  return [...choices.filter(isCount), ...choices.filter((c) => !isCount(c))];
}

/**
 * Every value one person gave, from whichever side it came. Where one of their answers sits in a
 * slot this laptop does not have yet, the incoming respondent count of that group comes with it.
 */
export function choicesForPerson(template: MethodologyTemplate, views: ConflictView[], person: string): Choice[] {
  const choices: Choice[] = [];
  const beyondIn = new Set<string>();
  const counts = new Map(views.flatMap((v) => (v.conflict.kind === 'respondents' ? [[v.conflict.groupId, v.conflict.local.count] as const] : [])));
  for (const v of views) {
    const c = v.conflict;
    if (c.kind === 'respondents') continue;
    const take: Take | null = c.incomingProv?.by === person ? 'incoming' : c.localProv?.by === person ? 'local' : null;
    if (!take) continue;
    choices.push({ key: v.key, take });
    const groupId = groupIdOf(template, v);
    if (take === 'incoming' && c.kind === 'answer' && groupId && c.slot >= (counts.get(groupId) ?? Infinity)) beyondIn.add(groupId);
  }
  for (const v of views) {
    if (v.conflict.kind === 'respondents' && beyondIn.has(v.conflict.groupId)) choices.push({ key: v.key, take: 'incoming' });
  }
  return ordered(choices, views);
}
