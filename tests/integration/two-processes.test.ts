import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditFixture } from './support/audit-fixture';
import { holdWriteLock } from './support/write-lock';
import { testServices, type TestServices } from './helpers';

/**
 * The app and `patuh package import` (or a second app start) on one data folder. A write that
 * meets the other's write lock must wait out the busy timeout: a transaction begun deferred reads
 * first and is then refused "database is locked" at once, because SQLite will not wait to
 * upgrade a read to a write. Every write transaction therefore begins IMMEDIATE.
 */
let s: TestServices;
beforeEach(() => {
  s = testServices();
});
afterEach(() => s.dispose());

const template = readFileSync('resources/templates/ori-2016-2021.json', 'utf8').replace('"version": 1', '"version": 7');

const WRITES: [string, (s: TestServices, ids: { auditId: string; entityId: string }) => Promise<unknown>][] = [
  ['audits.answer', (t, { auditId }) => t.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 3 })],
  ['audits.note', (t, { auditId }) => t.call('audits.note', { auditId, itemId: 'IN-K1', text: 'Dicek di loket' })],
  ['entities.create', (t) => t.call('entities.create', { kind: 'pemkab', name: 'Kabupaten Kupang' })],
  ['findings.create', (t, { entityId }) => t.call('findings.create', { entityId, fields: { clause: '8.5.1', grade: 'minor', statement: 'SOP tidak dipajang', foundOn: '2026-02-10' } })],
  ['templates.import', (t) => t.call('templates.import', { json: template })],
];

describe('a write while another process holds the write lock', () => {
  it.each(WRITES)('%s waits for the lock and succeeds', async (_channel, write) => {
    const { auditId, entity } = await auditFixture(s);
    const lock = await holdWriteLock(s.ctx.databasePath, 400);
    const started = Date.now();
    await expect(write(s, { auditId, entityId: entity.id })).resolves.toBeDefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await lock.released;
  });

  it('a lock held past the busy timeout is named BUSY, not an internal error', async () => {
    const { auditId } = await auditFixture(s);
    s.ctx.db.pragma('busy_timeout = 200');
    const lock = await holdWriteLock(s.ctx.databasePath, 1_000);
    const error = await s.fail('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: 3 });
    expect(error).toMatchObject({ code: 'BUSY', message: 'errors.databaseBusy' });
    await lock.released;
  });
});
