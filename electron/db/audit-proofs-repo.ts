import type { Db } from './open';
import type { RespondentProof } from '../../shared/domain/respondent-proof';
import type { AttachmentType } from '../../shared/domain/attachments';
import type { ProofEntry } from '../../shared/audit-file';
import type { WriteProvenance } from './audit-content-repo';

interface ProofRow { group_id: string; slot: number; document_no: string; sha256: string | null; file_name: string; mime: string | null; updated_at: string; by_name: string }
const toProof = (r: ProofRow): RespondentProof => ({
  groupId: r.group_id, slot: r.slot, documentNo: r.document_no,
  photo: r.sha256 ? { sha256: r.sha256, name: r.file_name, mime: r.mime as AttachmentType } : null,
  updatedAt: r.updated_at, by: r.by_name,
});
const SELECT = `SELECT p.*, a.mime FROM audit_respondent_proofs p LEFT JOIN attachments a ON a.sha256 = p.sha256`;

/** The SQL of survey respondents' proof of service (migration 008). */
export function auditProofsRepo(db: Db) {
  return {
    list(auditId: string): RespondentProof[] {
      return (db.prepare(`${SELECT} WHERE p.audit_id = ? ORDER BY p.group_id, p.slot`).all(auditId) as ProofRow[]).map(toProof);
    },
    get(auditId: string, groupId: string, slot: number): RespondentProof | undefined {
      const row = db.prepare(`${SELECT} WHERE p.audit_id = ? AND p.group_id = ? AND p.slot = ?`).get(auditId, groupId, slot) as ProofRow | undefined;
      return row && toProof(row);
    },
    /** As audit file format 2 carries them (shared/audit-file/schema-v2.ts), with who wrote each. */
    entries(auditId: string): ProofEntry[] {
      const rows = db.prepare(`SELECT p.*, a.mime, a.size FROM audit_respondent_proofs p LEFT JOIN attachments a ON a.sha256 = p.sha256
        WHERE p.audit_id = ? ORDER BY p.group_id, p.slot`).all(auditId) as (ProofRow & { size: number | null; device_id: string })[];
      return rows.map((r) => ({
        groupId: r.group_id, slot: r.slot, documentNo: r.document_no,
        photo: r.sha256 ? { sha256: r.sha256, fileName: r.file_name, mimeType: r.mime ?? 'application/octet-stream', size: r.size ?? 0 } : null,
        prov: r.by_name ? { by: r.by_name, device: r.device_id, at: r.updated_at } : null,
      }));
    },
    /** Writes the whole proof of one respondent; with neither a number nor a photo the row goes. */
    set(auditId: string, groupId: string, slot: number, v: { documentNo: string; photo: { sha256: string; name: string } | null }, now: string, prov: WriteProvenance): void {
      if (v.documentNo === '' && v.photo === null) {
        db.prepare('DELETE FROM audit_respondent_proofs WHERE audit_id = ? AND group_id = ? AND slot = ?').run(auditId, groupId, slot);
        return;
      }
      db.prepare(`INSERT INTO audit_respondent_proofs (audit_id, group_id, slot, document_no, sha256, file_name, updated_at, by_name, device_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (audit_id, group_id, slot) DO UPDATE SET document_no = excluded.document_no, sha256 = excluded.sha256,
          file_name = excluded.file_name, updated_at = excluded.updated_at, by_name = excluded.by_name, device_id = excluded.device_id`)
        .run(auditId, groupId, slot, v.documentNo, v.photo?.sha256 ?? null, v.photo?.name ?? '', now, prov.by, prov.device);
    },
  };
}
