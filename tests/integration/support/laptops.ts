import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Input } from '../../../shared/contract';
import type { TestServices } from '../helpers';

/** Exports a package from one laptop to `path` (the save dialog answers with it). */
export async function exportPackage(t: TestServices, path: string, input: Input<'packages.export'>) {
  t.desktop.queueSavePath(path);
  const written = await t.call('packages.export', input);
  if (!written) throw new Error('export cancelled');
  return written;
}

/** What the user would do: pick the file in the open dialog, then preview or import it. */
export function pick(t: TestServices, path: string): string {
  t.ctx.chosenPaths.add(path);
  return path;
}

/** A hash of every table's rows and of every attachment file: "nothing changed" made checkable. */
export function dataFingerprint(t: TestServices): string {
  const hash = createHash('sha256');
  const tables = t.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(name);
    hash.update(JSON.stringify(t.ctx.db.prepare(`SELECT * FROM "${name}"`).all()));
  }
  const root = join(t.dataDir, 'attachments');
  const walk = (dir: string): string[] => {
    try {
      return readdirSync(dir).sort().flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    } catch {
      return [];
    }
  };
  for (const f of walk(root)) hash.update(f.slice(root.length)).update(readFileSync(f));
  return hash.digest('hex');
}
