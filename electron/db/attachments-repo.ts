import type { Db } from './open';
import type { AttachmentType, StoredAttachment } from '../../shared/domain/attachments';

interface AttachmentRow { sha256: string; size: number; mime: string }

/** The SQL of the evidence store's index; the bytes are files (see services/attachments.ts). */
export function attachmentsRepo(db: Db) {
  return {
    get(sha256: string): StoredAttachment | undefined {
      const row = db.prepare('SELECT sha256, size, mime FROM attachments WHERE sha256 = ?').get(sha256) as AttachmentRow | undefined;
      return row && { sha256: row.sha256, size: row.size, mime: row.mime as AttachmentType };
    },
    /** Storing the same bytes twice is one row: the content is the key. */
    insert(a: StoredAttachment, now: string): void {
      db.prepare('INSERT OR IGNORE INTO attachments (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(a.sha256, a.size, a.mime, now);
    },
  };
}
