import type { AnswerSheet } from '../scoring/answers';
import type { MethodologyTemplate } from './template-schema';

/**
 * Survey respondents who answered something but have no proof of service yet (2025 method: the
 * survey counts only users who can show a document or a photo). The seal dialog warns about them
 * and does not block: a proof may be on paper, to be entered after a reopen.
 */
export function respondentsWithoutProof(
  template: MethodologyTemplate,
  counts: Readonly<Record<string, { count: number } | undefined>>,
  answers: AnswerSheet,
  proofs: readonly { groupId: string; slot: number }[],
): number {
  const proven = new Set(proofs.map((p) => `${p.groupId}:${p.slot}`));
  let missing = 0;
  for (const group of template.groups) {
    if (!group.survey?.proof) continue;
    const count = counts[group.id]?.count ?? group.respondents.defaultCount;
    for (let slot = 0; slot < count; slot++) {
      const answered = group.items.some((item) => (answers[item.id]?.[slot] ?? null) !== null);
      if (answered && !proven.has(`${group.id}:${slot}`)) missing++;
    }
  }
  return missing;
}
