import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityOverview } from '../../shared/domain/reports';
import { translations } from '../../shared/i18n/resources';
import { testServices, type TestServices } from './helpers';
import { convertToPdf, officeMissing, pdfPageCount, pdfText, readDocx } from '../support/office';
import { exportPackage, pick } from './support/laptops';
import { seedEntity, SIGN_OFF } from './support/report-fixture';

/**
 * The entity overview (what the screen shows) and the entity report, from real services: five
 * units audited in 2022 and 2023, the last one still a draft, and one unit never audited.
 */

let t: TestServices;
let entityId: string;
let overview: EntityOverview;
const out = mkdtempSync(join(tmpdir(), 'patuh-report-entity-'));
const num = (n: number, lang: 'id' | 'en') => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

beforeAll(async () => {
  t = testServices();
  const seeded = await seedEntity(t, { units: 5, previousYear: 2022, drafts: 1 });
  entityId = seeded.entity.id;
  await t.call('units.create', { entityId, fields: { name: 'Kantor Kecamatan Alak' } });
  overview = await t.call('reports.entityOverview', { entityId });
}, 120_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('entity overview', () => {
  it('takes the latest year, ranks units by score and counts zones, drafts and units not assessed', () => {
    expect(overview.year).toBe(2023);
    expect(overview.years).toEqual([2023, 2022]);
    expect(overview.units).toHaveLength(5);
    const scores = overview.units.map((u) => u.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(overview.units.map((u) => u.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(overview.zoneCounts.green + overview.zoneCounts.yellow + overview.zoneCounts.red).toBe(5);
    expect(new Set(overview.units.map((u) => u.zone)).size).toBeGreaterThan(1);
    expect(overview.drafts).toBe(1);
    // Sealed here: signed by this laptop. A draft has no seal to check.
    for (const u of overview.units) expect(u.signature?.signer ?? null, u.unitName).toBe(u.status === 'final' ? 'self' : null);
    expect(overview.unassessed.map((u) => u.unitName)).toEqual(['Kantor Kecamatan Alak']);
    expect(overview.method?.id).toBe('ori-2022-2024');
    expect(overview.dimensions.map((d) => d.groupId)).toEqual(['IN', 'PR', 'OU', 'PD']);
    expect(overview.unmetItems.length).toBeGreaterThan(0);
  });

  it('scores the entity as the mean of its unit scores and reads each unit’s change from the year before', async () => {
    const mean = overview.units.reduce((s, u) => s + u.score, 0) / overview.units.length;
    expect(overview.score).toBeCloseTo(mean, 2);
    for (const u of overview.units) {
      expect(u.previous?.year).toBe(2022);
      expect(u.change).toBeCloseTo(u.score - u.previous!.score, 2);
      expect(u.groups.reduce((s, g) => s + g.points, 0)).toBeCloseTo(u.score, 1);
    }
    const earlier = await t.call('reports.entityOverview', { entityId, year: 2022 });
    expect(earlier.units.every((u) => u.previous === null && u.status === 'final')).toBe(true);
  });
});

describe('entity report (.docx)', () => {
  async function exportEntity(language: 'id' | 'en') {
    const path = join(out, `entity-${language}.docx`);
    t.desktop.queueSavePath(path);
    expect(await t.call('reports.exportEntity', { entityId, year: 2023, language })).toMatchObject({ path });
    return { path, bytes: readFileSync(path) };
  }

  it('has the ranking and per-unit headings, native charts and the draft mark', async () => {
    const { bytes } = await exportEntity('id');
    const docx = await readDocx(bytes);
    const r = translations.id.reports.entity;
    for (const title of [r.summaryTitle, r.rankingTitle, r.zonesTitle, r.unmetTitle, r.unitPagesTitle]) expect(docx.document).toContain(title);
    for (const u of overview.units) expect(docx.document).toContain(u.unitName);
    expect(docx.names.filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(3);
    expect(docx.headers).toContain(translations.id.reports.common.draftMark);
  });

  it.skipIf(!!officeMissing)('converts to PDF with every unit, the score, zones and dimensions, in Indonesian and English, DRAFT on every page', async () => {
    for (const lang of ['id', 'en'] as const) {
      const { path } = await exportEntity(lang);
      const pdf = convertToPdf(path, out);
      const text = pdfText(pdf);
      expect(text).toContain(overview.entity.name);
      expect(text).toContain(num(overview.score!, lang));
      for (const u of overview.units) {
        expect(text).toContain(u.unitName);
        expect(text).toContain(num(u.score, lang));
      }
      for (const zone of ['green', 'yellow', 'red'] as const) expect(text).toContain(translations[lang].zone[zone]);
      for (const d of overview.dimensions) expect(text).toContain(d.label[lang]);
      for (let page = 1; page <= pdfPageCount(pdf); page++) expect(pdfText(pdf, page)).toContain(translations[lang].reports.common.draftMark);
    }
  }, 300_000);

  it('refuses an unknown entity', async () => {
    expect(await t.fail('reports.exportEntity', { entityId: '00000000-0000-4000-8000-000000000000', year: 2023 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('reports.entityOverview', { entityId: 'nope' })).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('seals from other laptops', () => {
  /** Moves an audit in a package, as a user would pick the file. */
  async function send(from: TestServices, to: TestServices, auditId: string, name: string) {
    const path = join(from.dataDir, `${name}.patuh`);
    await exportPackage(from, path, { selection: { auditIds: [auditId] } });
    pick(to, path);
    await to.call('packages.import', { path });
  }

  it.skipIf(!!officeMissing)('shows an audit sealed on another laptop as valid with an unknown signer, and as trusted once the device is', async () => {
    const lead = testServices();
    const budi = testServices();
    try {
      const { entity, units } = await seedEntity(lead, { units: 2, drafts: 1 });
      const [here, there] = [units[0]!, units[1]!];
      // Budi gets the draft, answers one more slot, seals it on his laptop and sends it back.
      await send(lead, budi, there.auditId, 'to-budi');
      budi.ctx.settings.update({ auditorName: 'Budi Santoso' });
      const { answers } = await budi.call('audits.get', { auditId: there.auditId });
      await budi.call('audits.answer', { auditId: there.auditId, itemId: 'PD-1', slot: 0, value: answers['PD-1']![0] === 3 ? 2 : 3 });
      await budi.call('audits.seal', { auditId: there.auditId, signOff: SIGN_OFF });
      await send(budi, lead, there.auditId, 'from-budi');

      const signatures = async () => {
        const o = await lead.call('reports.entityOverview', { entityId: entity.id });
        return Object.fromEntries(o.units.map((u) => [u.auditId, u.signature]));
      };
      expect(await signatures()).toEqual({
        [here.auditId]: { status: 'valid', signer: 'self', deviceId: lead.ctx.device.id, label: lead.ctx.device.name },
        [there.auditId]: { status: 'valid', signer: 'unknown', deviceId: budi.ctx.device.id, label: null },
      });
      /** The ranking's seal words (one cell each in the document) and the PDF's text, where the unit pages spell the signature out. */
      const entityReport = async (name: string) => {
        const path = join(out, `${name}.docx`);
        lead.desktop.queueSavePath(path);
        await lead.call('reports.exportEntity', { entityId: entity.id, year: 2023, language: 'id' });
        const cells = [...(await readDocx(readFileSync(path))).document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
        return { cells, text: pdfText(convertToPdf(path, out)) };
      };
      const r = translations.id.reports.common;
      const before = await entityReport('seals-unknown');
      expect(before.cells.filter((c) => c === r.sealCheck.verified)).toHaveLength(1);
      expect(before.cells.filter((c) => c === r.sealCheck.unknownSigner)).toHaveLength(1);
      expect(before.text).toContain(`sah — perangkat ${budi.ctx.device.id} (${r.signer.unknown})`);

      // The merged audit credits both: Maria for what she answered here, Budi for his answer there.
      const audit = join(out, 'merged-audit.docx');
      lead.desktop.queueSavePath(audit);
      await lead.call('reports.exportAudit', { auditId: there.auditId, language: 'id' });
      expect(pdfText(convertToPdf(audit, out))).toMatch(/Dijawab oleh: Maria Goreti Seran \(\d+ jawaban\); Budi Santoso \(ditandai BS, 1 jawaban\)\./);

      await lead.call('devices.trust', { publicKey: budi.ctx.device.publicKey, label: 'Laptop Budi' });
      expect((await signatures())[there.auditId]).toEqual({ status: 'valid', signer: 'trusted', deviceId: budi.ctx.device.id, label: 'Laptop Budi' });
      const after = await entityReport('seals-trusted');
      expect(after.cells.filter((c) => c === r.sealCheck.verified)).toHaveLength(2);
      expect(after.cells).not.toContain(r.sealCheck.unknownSigner);
      expect(after.text).toContain(`sah — perangkat ${budi.ctx.device.id} (tepercaya: Laptop Budi)`);
    } finally {
      lead.dispose();
      budi.dispose();
    }
  }, 300_000);
});
