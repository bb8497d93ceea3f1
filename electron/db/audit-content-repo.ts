import type { Db } from './open';
import type { AttachmentType } from '../../shared/domain/attachments';
import type { AuditRecommendations, EvidenceSummary, RecommendationScope, TrailAction, TrailEntry } from '../../shared/domain/audit';
import type { AnswerValue } from '../../shared/scoring';
import { auditProofsRepo } from './audit-proofs-repo';

export interface StoredAnswer { itemId: string; slot: number; value: AnswerValue }
/** Who wrote a value, on which installation, when: what a merge and the report credit it to. */
export interface WriteProvenance { by: string; device: string }
/** `revision`: the audit's revision the value was written at (evidence links carry none). */
export interface StoredProvenance extends WriteProvenance { at: string; revision?: number }
/** A write's revision: one past the audit's, which the same transaction then bumps (auditsRepo.touch). */
const NEXT_REVISION = '(SELECT revision + 1 FROM audits WHERE id = ?)';

/** Answers are stored as text ('0'..'3' or 'na') so N/A is a value, not a magic number. */
const toValue = (text: string): AnswerValue => (text === 'na' ? 'na' : Number(text));
const fromValue = (value: AnswerValue): string => String(value);

interface EvidenceRow { id: string; audit_id: string; item_id: string; sha256: string; name: string; mime: string; size: number; added_at: string }
const toEvidence = (r: EvidenceRow): EvidenceSummary => ({
  id: r.id, itemId: r.item_id, sha256: r.sha256, name: r.name, mime: r.mime as AttachmentType, size: r.size, addedAt: r.added_at,
});
const EVIDENCE_SELECT = 'SELECT e.*, a.mime, a.size FROM audit_evidence e JOIN attachments a ON a.sha256 = e.sha256';

interface TrailRow { id: number; at: string; actor: string; action: string; item_id: string | null; slot: number | null; old_value: string | null; new_value: string | null; note: string }

export type TrailValues = Omit<TrailEntry, 'id' | 'at'>;

/** The SQL of what an audit holds: answers, notes, evidence links and the trail. */
export function auditContentRepo(db: Db) {
  const answersOf = db.prepare('SELECT item_id, slot, value FROM audit_answers WHERE audit_id = ? ORDER BY item_id, slot');
  const itemAnswers = db.prepare('SELECT slot, value FROM audit_answers WHERE audit_id = ? AND item_id = ? ORDER BY slot');
  const upsert = db.prepare(`INSERT INTO audit_answers (audit_id, item_id, slot, value, updated_at, by_name, device_id, revision)
    VALUES (?, ?, ?, ?, ?, ?, ?, ${NEXT_REVISION})
    ON CONFLICT (audit_id, item_id, slot) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
      by_name = excluded.by_name, device_id = excluded.device_id, revision = excluded.revision`);
  const clear = db.prepare('DELETE FROM audit_answers WHERE audit_id = ? AND item_id = ? AND slot = ?');
  const trail = db.prepare(`INSERT INTO audit_trail (audit_id, at, actor, action, item_id, slot, old_value, new_value, note)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  return {
    /** Survey respondents' proof of service (migration 008), in its own file. */
    proofs: auditProofsRepo(db),
    answers(auditId: string): StoredAnswer[] {
      return (answersOf.all(auditId) as { item_id: string; slot: number; value: string }[])
        .map((r) => ({ itemId: r.item_id, slot: r.slot, value: toValue(r.value) }));
    },
    /** The answers of many audits at once, for the list. */
    answersOfAudits(auditIds: string[]): Map<string, StoredAnswer[]> {
      const out = new Map<string, StoredAnswer[]>(auditIds.map((id) => [id, []]));
      if (auditIds.length === 0) return out;
      const rows = db
        .prepare(`SELECT audit_id, item_id, slot, value FROM audit_answers WHERE audit_id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(auditIds)) as { audit_id: string; item_id: string; slot: number; value: string }[];
      for (const r of rows) out.get(r.audit_id)?.push({ itemId: r.item_id, slot: r.slot, value: toValue(r.value) });
      return out;
    },
    itemAnswers(auditId: string, itemId: string): Map<number, AnswerValue> {
      const rows = itemAnswers.all(auditId, itemId) as { slot: number; value: string }[];
      return new Map(rows.map((r) => [r.slot, toValue(r.value)]));
    },
    /** null clears the slot. `now` is when the value was given (for a merged value: on the other laptop). */
    setAnswer(auditId: string, itemId: string, slot: number, value: AnswerValue | null, now: string, prov: WriteProvenance): void {
      if (value === null) clear.run(auditId, itemId, slot);
      else upsert.run(auditId, itemId, slot, fromValue(value), now, prov.by, prov.device, auditId);
    },
    /** Per item id and slot: who gave each stored answer. */
    answerProvenance(auditId: string): Map<string, Map<number, StoredProvenance>> {
      const rows = db.prepare('SELECT item_id, slot, by_name, device_id, updated_at, revision FROM audit_answers WHERE audit_id = ?').all(auditId) as
        { item_id: string; slot: number; by_name: string; device_id: string; updated_at: string; revision: number }[];
      const out = new Map<string, Map<number, StoredProvenance>>();
      for (const r of rows) {
        let item = out.get(r.item_id);
        if (!item) out.set(r.item_id, (item = new Map()));
        item.set(r.slot, { by: r.by_name, device: r.device_id, at: r.updated_at, revision: r.revision });
      }
      return out;
    },

    notes(auditId: string): Map<string, string> {
      const rows = db.prepare('SELECT item_id, text FROM audit_notes WHERE audit_id = ?').all(auditId) as { item_id: string; text: string }[];
      return new Map(rows.map((r) => [r.item_id, r.text]));
    },
    /** An empty text removes the note. */
    setNote(auditId: string, itemId: string, text: string, now: string, prov: WriteProvenance): void {
      if (text === '') db.prepare('DELETE FROM audit_notes WHERE audit_id = ? AND item_id = ?').run(auditId, itemId);
      else {
        db.prepare(`INSERT INTO audit_notes (audit_id, item_id, text, updated_at, by_name, device_id, revision) VALUES (?, ?, ?, ?, ?, ?, ${NEXT_REVISION})
          ON CONFLICT (audit_id, item_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
            by_name = excluded.by_name, device_id = excluded.device_id, revision = excluded.revision`)
          .run(auditId, itemId, text, now, prov.by, prov.device, auditId);
      }
    },
    noteProvenance(auditId: string): Map<string, StoredProvenance> {
      const rows = db.prepare('SELECT item_id, by_name, device_id, updated_at, revision FROM audit_notes WHERE audit_id = ?').all(auditId) as
        { item_id: string; by_name: string; device_id: string; updated_at: string; revision: number }[];
      return new Map(rows.map((r) => [r.item_id, { by: r.by_name, device: r.device_id, at: r.updated_at, revision: r.revision }]));
    },

    evidence(auditId: string, itemId?: string): EvidenceSummary[] {
      const rows = itemId === undefined
        ? db.prepare(`${EVIDENCE_SELECT} WHERE e.audit_id = ? ORDER BY e.item_id, e.added_at, e.rowid`).all(auditId)
        : db.prepare(`${EVIDENCE_SELECT} WHERE e.audit_id = ? AND e.item_id = ? ORDER BY e.added_at, e.rowid`).all(auditId, itemId);
      return (rows as EvidenceRow[]).map(toEvidence);
    },
    evidenceById(auditId: string, id: string): EvidenceSummary | undefined {
      const row = db.prepare(`${EVIDENCE_SELECT} WHERE e.audit_id = ? AND e.id = ?`).get(auditId, id) as EvidenceRow | undefined;
      return row && toEvidence(row);
    },
    evidenceCount(auditId: string): number {
      return (db.prepare('SELECT COUNT(*) AS n FROM audit_evidence WHERE audit_id = ?').get(auditId) as { n: number }).n;
    },
    findEvidence(auditId: string, itemId: string, sha256: string): EvidenceSummary | undefined {
      const row = db.prepare(`${EVIDENCE_SELECT} WHERE e.audit_id = ? AND e.item_id = ? AND e.sha256 = ?`).get(auditId, itemId, sha256) as EvidenceRow | undefined;
      return row && toEvidence(row);
    },
    insertEvidence(v: { id: string; auditId: string; itemId: string; sha256: string; name: string }, now: string, prov: WriteProvenance): void {
      db.prepare('INSERT INTO audit_evidence (id, audit_id, item_id, sha256, name, added_at, added_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(v.id, v.auditId, v.itemId, v.sha256, v.name, now, prov.by, prov.device);
    },
    /** By evidence id: who linked the file. */
    evidenceProvenance(auditId: string): Map<string, StoredProvenance> {
      const rows = db.prepare('SELECT id, added_by, device_id, added_at FROM audit_evidence WHERE audit_id = ?').all(auditId) as
        { id: string; added_by: string; device_id: string; added_at: string }[];
      return new Map(rows.map((r) => [r.id, { by: r.added_by, device: r.device_id, at: r.added_at }]));
    },
    deleteEvidence(id: string): void {
      db.prepare('DELETE FROM audit_evidence WHERE id = ?').run(id);
    },

    /** Per scope and target id (item or group): the auditor's recommendations. */
    recommendations(auditId: string): AuditRecommendations {
      const rows = db.prepare('SELECT scope, target_id, text FROM audit_recommendations WHERE audit_id = ? ORDER BY scope, target_id').all(auditId) as
        { scope: RecommendationScope; target_id: string; text: string }[];
      const out: AuditRecommendations = { items: {}, groups: {} };
      for (const r of rows) out[r.scope === 'item' ? 'items' : 'groups'][r.target_id] = r.text;
      return out;
    },
    /** An empty text removes the recommendation. */
    setRecommendation(auditId: string, scope: RecommendationScope, targetId: string, text: string, now: string, prov: WriteProvenance): void {
      if (text === '') db.prepare('DELETE FROM audit_recommendations WHERE audit_id = ? AND scope = ? AND target_id = ?').run(auditId, scope, targetId);
      else {
        db.prepare(`INSERT INTO audit_recommendations (audit_id, scope, target_id, text, updated_at, by_name, device_id, revision)
          VALUES (?, ?, ?, ?, ?, ?, ?, ${NEXT_REVISION})
          ON CONFLICT (audit_id, scope, target_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,
            by_name = excluded.by_name, device_id = excluded.device_id, revision = excluded.revision`)
          .run(auditId, scope, targetId, text, now, prov.by, prov.device, auditId);
      }
    },
    /** By "item:ID" / "group:ID" key: who wrote each recommendation. */
    recommendationProvenance(auditId: string): Map<string, StoredProvenance> {
      const rows = db.prepare('SELECT scope, target_id, by_name, device_id, updated_at, revision FROM audit_recommendations WHERE audit_id = ?').all(auditId) as
        { scope: string; target_id: string; by_name: string; device_id: string; updated_at: string; revision: number }[];
      return new Map(rows.map((r) => [`${r.scope}:${r.target_id}`, { by: r.by_name, device: r.device_id, at: r.updated_at, revision: r.revision }]));
    },

    addTrail(auditId: string, v: TrailValues, now: string): void {
      trail.run(auditId, now, v.actor, v.action, v.itemId, v.slot, v.oldValue, v.newValue, v.note);
    },
    trail(auditId: string): TrailEntry[] {
      const rows = db.prepare('SELECT * FROM audit_trail WHERE audit_id = ? ORDER BY id').all(auditId) as TrailRow[];
      return rows.map((r) => ({
        id: r.id, at: r.at, actor: r.actor, action: r.action as TrailAction, itemId: r.item_id, slot: r.slot,
        oldValue: r.old_value, newValue: r.new_value, note: r.note,
      }));
    },
  };
}
export type AuditContentRepo = ReturnType<typeof auditContentRepo>;
