import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../electron/build/node-bundle.mjs';
import { openDatabase } from '../../electron/db/open';

/**
 * Crash safety (ARCHITECTURE.md, Testing): a child process answers as fast as it can through the
 * real services on a real file and is killed with SIGKILL mid-burst. Every answer it acknowledged
 * must be there after reopening, with its trail entry (same transaction), and the file must pass
 * PRAGMA integrity_check. The child is bundled here with esbuild, as the app bundles main.
 */
const tmp = resolve('tests/.tmp/crash');
const bundle = join(tmp, 'answer-writer.mjs');
const dirs: string[] = [];

beforeAll(async () => {
  mkdirSync(tmp, { recursive: true });
  await bundleForNode({ entry: 'tests/integration/support/answer-writer.ts', outfile: bundle });
}, 60_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Ack { itemId: string; slot: number; value: number }

/** Runs the writer until `killAfter` acks, kills it with SIGKILL, and returns what it acknowledged. */
async function runAndKill(dataDir: string, killAfter: number): Promise<{ auditId: string; acks: Ack[]; signal: string | null }> {
  const child = spawn(process.execPath, [bundle, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<string | null>((done) => child.on('exit', (_code, signal) => done(signal)));
  let auditId = '';
  const acks: Ack[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    const [kind, a, b, c] = line.split(' ');
    if (kind === 'audit') auditId = a!;
    if (kind === 'ack') acks.push({ itemId: a!, slot: Number(b), value: Number(c) });
    // Killed the moment the ack arrives: the next answer is typically mid-transaction.
    if (acks.length === killAfter) child.kill('SIGKILL');
  }
  return { auditId, acks, signal: await exited };
}

describe('crash safety of answers', () => {
  it.each([150, 400, 777])('keeps every acknowledged answer after SIGKILL at ack %i', async (killAfter) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'patuh-crash-'));
    dirs.push(dataDir);
    const { auditId, acks, signal } = await runAndKill(dataDir, killAfter);
    expect(signal).toBe('SIGKILL');
    expect(acks.length).toBeGreaterThanOrEqual(killAfter);

    const db = openDatabase(join(dataDir, 'patuh.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Map(
        (db.prepare('SELECT item_id, slot, value FROM audit_answers WHERE audit_id = ?').all(auditId) as { item_id: string; slot: number; value: string }[])
          .map((r) => [`${r.item_id}#${r.slot}`, r.value]),
      );
      const missing = acks.filter((a) => stored.get(`${a.itemId}#${a.slot}`) !== String(a.value));
      expect(missing).toEqual([]);
      // At most the one answer in flight may have committed without its ack reaching us.
      expect(stored.size - acks.length).toBeGreaterThanOrEqual(0);
      expect(stored.size - acks.length).toBeLessThanOrEqual(1);
      // Answer and trail entry share a transaction: neither exists without the other.
      const trail = db.prepare("SELECT COUNT(*) AS n FROM audit_trail WHERE audit_id = ? AND action = 'answer'").get(auditId) as { n: number };
      expect(trail.n).toBe(stored.size);
    } finally {
      db.close();
    }
  }, 60_000);
});
