import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOnDisk } from './support/cli-on-disk';
import type { AuditFileV2 } from '../../shared/audit-file';
import { findBuiltinTemplate } from '../../shared/methodology/builtin';
import { readDocx } from '../support/office';
import { answersJustBelow, PUBLISHED_COUNTS } from '../support/published-answers';
import { testServices, type TestServices } from './helpers';

/**
 * A sealed audit keeps the zone policy it was sealed under, as part of the sealed content: raising
 * green from 85 to 90 on this laptop leaves a sealed 86.46 green in the audit, the list, the
 * overview, a re-exported report, its audit file and `patuh score`. A draft follows the setting.
 */

const revised = findBuiltinTemplate('ori-2022-2024')!;
const SIGN_OFF = { auditorName: 'Maria Goreti Seran', agencyRepresentative: 'Sekretaris Dinas', date: '2025-08-24' };
const SEALED_UNDER = { green: 85, yellow: 60 };
let t: TestServices;
let entityId: string;
let sealedId: string;
let draftId: string;
const out = mkdtempSync(join(tmpdir(), 'patuh-zone-policy-'));

async function audit86(unitName: string): Promise<string> {
  const unit = await t.call('units.create', { entityId, fields: { name: unitName } });
  const respondents = Object.fromEntries(Object.entries(PUBLISHED_COUNTS).map(([g, count]) => [g, { count, labels: [] }]));
  const { audit } = await t.call('audits.create', { unitId: unit.id, template: { id: revised.id, version: revised.version }, period: { year: 2025 }, auditors: [{ name: 'Maria Goreti Seran' }], respondents });
  for (const [itemId, values] of Object.entries(answersJustBelow(revised, 86.46).answers)) await t.call('audits.answerItem', { auditId: audit.id, itemId, values: [...(values ?? [])] });
  return audit.id;
}

async function patuh(...argv: string[]) {
  const { code, out, err } = await cliOnDisk(argv);
  return { code, out, err };
}

beforeAll(async () => {
  t = testServices();
  entityId = (await t.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' })).id;
  await t.call('settings.update', { zonePolicy: SEALED_UNDER });
  sealedId = await audit86('Dinas Kependudukan dan Pencatatan Sipil');
  await t.call('audits.seal', { auditId: sealedId, signOff: SIGN_OFF });
  draftId = await audit86('Dinas Sosial');
  await t.call('settings.update', { zonePolicy: { green: 90, yellow: 51 } });
}, 120_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('zone of a sealed audit', () => {
  it('is read with the policy it was sealed under; a draft follows the setting', async () => {
    const sealed = await t.call('audits.get', { auditId: sealedId });
    expect(sealed.score.unit.score).toBe(86.46);
    expect(sealed.score.unit.zone).toBe('green');
    expect(sealed.score.policy).toEqual(SEALED_UNDER);
    expect(sealed.audit.seal?.intact).toBe(true);
    const draft = await t.call('audits.get', { auditId: draftId });
    expect(draft.score.unit.zone).toBe('yellow');
    expect(draft.score.policy).toEqual({ green: 90, yellow: 51 });
  });

  it('in the list and its zone filter, and in the entity overview', async () => {
    const rows = await t.call('audits.list', {});
    expect(Object.fromEntries(rows.map((r) => [r.id, r.zone]))).toEqual({ [sealedId]: 'green', [draftId]: 'yellow' });
    expect((await t.call('audits.list', { zone: 'green' })).map((r) => r.id)).toEqual([sealedId]);
    const o = await t.call('reports.entityOverview', { entityId });
    expect(Object.fromEntries(o.units.map((u) => [u.auditId, u.zone]))).toEqual({ [sealedId]: 'green', [draftId]: 'yellow' });
  });

  it('in a re-exported report', async () => {
    const path = join(out, 'sealed.docx');
    t.desktop.queueSavePath(path);
    await t.call('reports.exportAudit', { auditId: sealedId, language: 'id' });
    const { document } = await readDocx(readFileSync(path));
    expect(document).toContain('berada di Zona Hijau menurut kebijakan zona (hijau ≥ 85,00, kuning ≥ 60,00)');
  });

  it('travels in the audit file, and patuh score reads it unless --green/--yellow are given', async () => {
    const file = join(out, 'sealed.patuh-audit.json');
    t.desktop.queueSavePath(file);
    await t.call('audits.export', { auditId: sealedId });
    expect((JSON.parse(readFileSync(file, 'utf8')) as AuditFileV2).zonePolicy).toEqual(SEALED_UNDER);
    const sealed = await patuh('score', file);
    expect(sealed.code).toBe(0);
    expect(JSON.parse(sealed.out)).toMatchObject({ score: 86.46, zone: 'green', zonePolicy: SEALED_UNDER });
    const strict = await patuh('score', file, '--green', '90', '--yellow', '51');
    expect(JSON.parse(strict.out)).toMatchObject({ zone: 'yellow', zonePolicy: { green: 90, yellow: 51 } });

    const draftFile = join(out, 'draft.patuh-audit.json');
    t.desktop.queueSavePath(draftFile);
    await t.call('audits.export', { auditId: draftId });
    expect(JSON.parse(readFileSync(draftFile, 'utf8'))).not.toHaveProperty('zonePolicy');
  });
});
