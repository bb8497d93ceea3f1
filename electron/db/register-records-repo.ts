import type { Db } from './open';
import type { AttachmentType, LinkedAttachment } from '../../shared/domain/attachments';
import type { ChangeEntry, ChangeValues } from '../../shared/domain/change-history';

/**
 * The two tables every register keeps beside its entries: the append-only change history and the
 * links to evidence files. Table and key names come from this fixed list, never from a caller's
 * value, so the SQL stays fixed text with bound parameters.
 */
const REGISTERS = {
  finding: { history: 'finding_history', links: 'finding_attachments', key: 'finding_id' },
  ombudsmanProduct: { history: 'ombudsman_product_history', links: 'ombudsman_product_attachments', key: 'product_id' },
} as const;
export type RegisterName = keyof typeof REGISTERS;

interface HistoryRow {
  id: number; at: string; actor: string; kind: string; field: string | null; old_value: string | null; new_value: string | null; note: string;
}

export function registerRecordsRepo<K extends string>(db: Db, register: RegisterName) {
  const { history, links, key } = REGISTERS[register];
  return {
    attachments(ownerId: string): LinkedAttachment[] {
      return (db.prepare(`SELECT l.name, l.added_at, a.sha256, a.size, a.mime FROM ${links} l
        JOIN attachments a ON a.sha256 = l.sha256 WHERE l.${key} = ? ORDER BY l.added_at, l.name`)
        .all(ownerId) as { name: string; added_at: string; sha256: string; size: number; mime: string }[])
        .map((r) => ({ sha256: r.sha256, size: r.size, mime: r.mime as AttachmentType, name: r.name, addedAt: r.added_at }));
    },
    /** False when the same file is already linked (linking twice is not a change). */
    link(ownerId: string, sha256: string, name: string, now: string): boolean {
      return db.prepare(`INSERT OR IGNORE INTO ${links} (${key}, sha256, name, added_at) VALUES (?, ?, ?, ?)`)
        .run(ownerId, sha256, name, now).changes > 0;
    },
    /** The name the file was linked under, or undefined when it was not linked. */
    unlink(ownerId: string, sha256: string): string | undefined {
      const row = db.prepare(`SELECT name FROM ${links} WHERE ${key} = ? AND sha256 = ?`).get(ownerId, sha256) as { name: string } | undefined;
      if (row) db.prepare(`DELETE FROM ${links} WHERE ${key} = ? AND sha256 = ?`).run(ownerId, sha256);
      return row?.name;
    },
    history(ownerId: string): ChangeEntry<K>[] {
      return (db.prepare(`SELECT * FROM ${history} WHERE ${key} = ? ORDER BY id`).all(ownerId) as HistoryRow[]).map((r) => ({
        id: r.id, at: r.at, actor: r.actor, kind: r.kind as K, field: r.field, oldValue: r.old_value, newValue: r.new_value, note: r.note,
      }));
    },
    addHistory(ownerId: string, at: string, actor: string, h: ChangeValues<K>): void {
      db.prepare(`INSERT INTO ${history} (${key}, at, actor, kind, field, old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(ownerId, at, actor, h.kind, h.field ?? null, h.oldValue ?? null, h.newValue ?? null, h.note ?? '');
    },
  };
}
