import { recommendationKey } from '../../shared/audit-file';
import type { AuditSide, Provenance } from '../../shared/merge/types';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import type { AuditCore, AuditState } from '../services/audit-core';

/** The content of a stored audit as a merge compares it, with who gave each value. */
export function sideOfState(core: AuditCore, s: AuditState): AuditSide {
  const id = s.record.id;
  const answerRows = core.content.answerProvenance(id);
  const noteRows = core.content.noteProvenance(id);
  const evidenceRows = core.content.evidenceProvenance(id);
  const prov = (p: Provenance | undefined) => p ?? null;
  return {
    respondents: Object.fromEntries(Object.entries(s.respondents).map(([g, r]) => [g, { count: r.count, labels: r.labels.map((l) => l.label) }])),
    answers: Object.fromEntries(Object.entries(s.answers).map(([item, v]) => [item, [...v]])),
    answerProv: Object.fromEntries(
      Object.entries(s.answers).map(([item, v]) => [item, v.map((x, slot) => (x === null ? null : prov(answerRows.get(item)?.get(slot))))]),
    ),
    notes: { ...s.notes },
    noteProv: Object.fromEntries(Object.keys(s.notes).map((item) => [item, prov(noteRows.get(item))])),
    ...recommendationsOf(core, s),
    evidence: s.evidence.map((e) => ({ itemId: e.itemId, sha256: e.sha256, fileName: e.name, mimeType: e.mime, size: e.size, prov: prov(evidenceRows.get(e.id)) })),
  };
}

/** The stored recommendations keyed as a merge compares them; nothing when there are none. */
function recommendationsOf(core: AuditCore, s: AuditState): Pick<AuditSide, 'recommendations' | 'recommendationProv'> {
  const rows = core.content.recommendationProvenance(s.record.id);
  const texts: Record<string, string> = {};
  const provs: Record<string, Provenance | null> = {};
  for (const [scope, all] of [['item', s.recommendations.items], ['group', s.recommendations.groups]] as const) {
    for (const [id, text] of Object.entries(all)) {
      const key = recommendationKey(scope, id);
      texts[key] = text;
      provs[key] = rows.get(key) ?? null;
    }
  }
  return Object.keys(texts).length ? { recommendations: texts, recommendationProv: provs } : {};
}

export function groupOfItems(template: MethodologyTemplate): Record<string, string> {
  return Object.fromEntries(template.groups.flatMap((g) => g.items.map((i) => [i.id, g.id] as const)));
}
