import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../../shared/i18n/resources';
import { readDocx } from '../support/office';
import { testServices, type TestServices } from './helpers';
import { seedEntity } from './support/report-fixture';

/**
 * Both built-in methods score with placeholder item weights (the official ones are not public):
 * every report and list that shows such a score says so, once, beside the official grade.
 */

let t: TestServices;
let entityId: string;
let auditId: string;
const out = mkdtempSync(join(tmpdir(), 'patuh-placeholder-'));
/** How often a text appears in document XML, where an apostrophe is written &apos;. */
const occurrences = (xml: string, text: string) => xml.split(text.replace(/'/g, '&apos;')).length - 1;

beforeAll(async () => {
  t = testServices();
  const seeded = await seedEntity(t, { units: 2 });
  entityId = seeded.entity.id;
  auditId = seeded.units[0]!.auditId;
}, 60_000);
afterAll(() => {
  t.dispose();
  rmSync(out, { recursive: true, force: true });
});

async function exported(name: string, run: () => Promise<unknown>): Promise<string> {
  const path = join(out, name);
  t.desktop.queueSavePath(path);
  await run();
  return (await readDocx(readFileSync(path))).document;
}

describe('placeholder weights', () => {
  it('are said once in the audit report and once in the entity report, in both languages', async () => {
    for (const language of ['id', 'en'] as const) {
      const note = translations[language].reports.common.placeholderWeights;
      const audit = await exported(`audit-${language}.docx`, () => t.call('reports.exportAudit', { auditId, language }));
      expect(occurrences(audit, note)).toBe(1);
      const entity = await exported(`entity-${language}.docx`, () => t.call('reports.exportEntity', { entityId, year: 2023, language }));
      expect(occurrences(entity, note)).toBe(1);
    }
  });

  it('are flagged on the list rows and the overview the screens show', async () => {
    expect((await t.call('audits.list', {})).every((r) => r.template.placeholderWeights)).toBe(true);
    expect((await t.call('reports.entityOverview', { entityId })).placeholderWeights).toBe(true);
    expect((await t.call('audits.get', { auditId })).score.unit.placeholderWeights).toBe(true);
  });
});
