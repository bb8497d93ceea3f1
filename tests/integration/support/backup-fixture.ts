import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { TestServices } from '../helpers';
import { answerAll, auditFixture, pngBytes } from './audit-fixture';
import { raise } from '../findings-fixtures';

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** An audit with every slot answered, `photos` evidence files and a finding: data worth backing up. */
export async function seedBackupData(t: TestServices, { photos = 2, value = 1 }: { photos?: number; value?: number } = {}) {
  const fixture = await auditFixture(t);
  await answerAll(t, fixture.auditId, (_item, slot) => (slot + value) % 2);
  await t.call('audits.note', { auditId: fixture.auditId, itemId: 'IN-S1', text: `Catatan ${value}` });
  for (let i = 0; i < photos; i++) {
    await t.call('audits.attachEvidence', { auditId: fixture.auditId, itemId: 'IN-S1', file: { name: `foto-${value}-${i}.png`, mime: 'image/png', base64: pngBytes(`foto ${value} ${i} ${'x'.repeat(i * 97)}`).toString('base64') } });
  }
  await raise(t, fixture.entity.id, { statement: `Temuan ${value}` });
  return fixture;
}

/**
 * What the data folder holds, as one value: every row of every table (the database may be open
 * in WAL mode; the rows are what counts, not the file's bytes) and the hash of every evidence file.
 */
export function fingerprint(dataDir: string): { database: string; attachments: Record<string, string> } {
  const db = new Database(join(dataDir, 'patuh.sqlite'), { readonly: true, fileMustExist: true });
  let database: string;
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    database = sha(JSON.stringify(tables.map((name) => [name, (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort()])));
  } finally {
    db.close();
  }
  const attachments: Record<string, string> = {};
  const root = join(dataDir, 'attachments');
  if (existsSync(root)) {
    for (const prefix of readdirSync(root)) for (const name of readdirSync(join(root, prefix))) attachments[`${prefix}/${name}`] = sha(readFileSync(join(root, prefix, name)));
  }
  return { database, attachments };
}

/** Rewrites a zip in memory (tests only), letting `edit` change, drop or add entries. */
export async function rezip(source: string, target: string, edit: (entries: Map<string, Buffer>) => void): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const entries = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) entries.set(name, await file.async('nodebuffer'));
  edit(entries);
  const out = new JSZip();
  for (const [name, bytes] of entries) out.file(name, bytes, { compression: 'DEFLATE', createFolders: false });
  writeFileSync(target, await out.generateAsync({ type: 'nodebuffer' }));
}
