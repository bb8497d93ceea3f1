import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../shared/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { testServices, type TestServices } from './helpers';
import { answerAll, auditFixture, pngBytes, SIGN_OFF } from './support/audit-fixture';
import { dataFingerprint } from './support/laptops';
import { payloadArb, type IdPool } from './support/zod-arbitrary';

/**
 * Every channel of the contract, fed payloads derived from its schema and broken on purpose
 * (support/zod-arbitrary.ts), against a data folder with real audits, findings and evidence.
 * Whatever comes, a call either succeeds or is refused with a typed error that is never INTERNAL,
 * and a refused call changes nothing: every table and every attachment file hash the same before
 * and after. The whole run is bounded in time (FUZZ_BUDGET_MS, about 50 s by default) so CI stays
 * fast; FUZZ_SEED replays a run. The counts are printed at the end.
 */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 50_000);
const PER_CHANNEL_MS = Math.max(300, Math.floor(BUDGET_MS / CHANNELS.length));
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

interface Counts { tried: number; accepted: number; rejectedCleanly: number; internal: number; changedByRejected: number }
const totals: Counts = { tried: 0, accepted: 0, rejectedCleanly: 0, internal: 0, changedByRejected: 0 };
const perChannel = new Map<Channel, Counts>();

let s: TestServices;
let pool: IdPool;

beforeAll(async () => {
  s = testServices();
  const { entity, unit, products, auditId, detail } = await auditFixture(s);
  await answerAll(s, auditId, (_item, slot) => slot % 4);
  await s.call('audits.note', { auditId, itemId: 'IN-K1', text: 'Papan standar pelayanan terpasang' });
  const evidence = await s.call('audits.attachEvidence', { auditId, itemId: 'IN-K1', file: { name: 'loket.png', mime: 'image/png', base64: pngBytes('loket').toString('base64') } });
  const sealedUnit = await s.call('units.create', { entityId: entity.id, fields: { name: 'RSUD S.K. Lerik' } });
  const sealed = await s.call('audits.create', { unitId: sealedUnit.id, template: { id: 'ori-2016-2021', version: 1 }, period: { year: 2020 }, auditors: [{ name: 'Yohanes Bria' }] });
  await answerAll(s, sealed.audit.id, () => 1);
  await s.call('audits.seal', { auditId: sealed.audit.id, signOff: SIGN_OFF });
  const finding = await s.call('findings.create', { entityId: entity.id, fields: { clause: '8.5.1', grade: 'major', statement: 'Verifikasi berkas tidak dilakukan', foundOn: '2026-02-10' } });
  const action = await s.call('findings.addAction', { findingId: finding.id, fields: { description: 'Latih petugas', owner: 'Kepala Seksi', dueDate: '2026-03-20' } });
  const ombudsman = await s.call('ombudsman.create', { entityId: entity.id, fields: { kind: 'lahp', number: 'LAHP-1/2025', issuedOn: '2025-08-12', request: 'Tetapkan standar waktu layanan', dueOn: '2025-09-11' } });
  const attached = await s.call('findings.attach', { findingId: finding.id, file: { name: 'sop.pdf', mime: 'application/pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') } });
  const templates = [detail.template, sealed.template];
  const items = [...new Set(templates.flatMap((t) => t.groups.flatMap((g) => g.items.map((i) => i.id))))];
  const groups = [...new Set(templates.flatMap((t) => t.groups.map((g) => g.id)))];
  const audits = [auditId, sealed.audit.id];
  pool = {
    uuids: [entity.id, unit.id, sealedUnit.id, ...products.map((p) => p.id), ...audits, finding.id, action.id, evidence.id, ombudsman.id],
    sha256s: [evidence.sha256, attached.sha256],
    codes: [...items, ...groups],
    byKey: {
      entityId: [entity.id], unitId: [unit.id, sealedUnit.id], productId: [...products.map((p) => p.id), ombudsman.id], auditId: audits, findingId: [finding.id],
      evidenceId: [evidence.id], itemId: items, groupId: groups,
      id: [entity.id, unit.id, products[0]!.id, finding.id, action.id, ombudsman.id, 'ori-2022-2024', 'ori-2016-2021'], clause: ['8.5.1', '7.1.5.1', '9.2'],
      foundOn: ['2026-02-10'], dueDate: ['2026-03-20'], doneOn: ['2026-02-25'], verifiedOn: ['2026-03-01'], date: ['2023-08-24'],
      base64: [pngBytes('bukti').toString('base64')],
      json: [readFileSync('resources/templates/ori-2016-2021.json', 'utf8').replace('"version": 1', '"version": 9')],
    },
  };
  console.log(`[fuzz] seed ${SEED}, ${CHANNELS.length} channels, ${PER_CHANNEL_MS} ms each`);
}, 60_000);

afterAll(() => {
  const rows = [...perChannel].map(([channel, c]) => `  ${channel.padEnd(26)} ${String(c.tried).padStart(5)} tried, ${String(c.accepted).padStart(4)} accepted, ${String(c.rejectedCleanly).padStart(5)} rejected cleanly`);
  console.log(['[fuzz] per channel:', ...rows].join('\n'));
  console.log(
    `[fuzz] ${totals.tried} payloads tried over ${perChannel.size} channels (seed ${SEED}): ${totals.accepted} accepted, ${totals.rejectedCleanly} rejected cleanly, ` +
      `${totals.internal} internal errors, ${totals.changedByRejected} rejected calls that changed data`,
  );
  s?.dispose();
});

describe('every channel, fuzzed', () => {
  it.each(CHANNELS)('%s: a refusal is typed, never INTERNAL, and changes nothing', async (channel) => {
    const counts: Counts = { tried: 0, accepted: 0, rejectedCleanly: 0, internal: 0, changedByRejected: 0 };
    perChannel.set(channel, counts);
    const count = (key: keyof Counts) => {
      counts[key]++;
      totals[key]++;
    };
    await fc.assert(
      fc.asyncProperty(payloadArb(contract[channel].input, pool), async ({ payload }) => {
        count('tried');
        const before = dataFingerprint(s);
        const result = await dispatch(s.handlers, channel, payload);
        if (result.ok) return void count('accepted');
        if (result.error.code === 'INTERNAL') count('internal');
        const changed = dataFingerprint(s) !== before;
        if (changed) count('changedByRejected');
        if (result.error.code !== 'INTERNAL' && !changed) count('rejectedCleanly');
        expect(result.error.code, `${channel} refused with INTERNAL`).not.toBe('INTERNAL');
        expect(result.error.message).toMatch(/^(errors|validation|[a-z]+\.errors|findings\.refused|ombudsman\.refused|packages|backups)\./);
        expect(changed, `${channel}: a refused call (${result.error.code} ${result.error.message}) changed the data`).toBe(false);
      }),
      { seed: SEED, numRuns: 1_000_000, interruptAfterTimeLimit: PER_CHANNEL_MS, markInterruptAsFailure: false },
    );
    expect(counts.tried).toBeGreaterThan(0);
  }, 60_000);
});
