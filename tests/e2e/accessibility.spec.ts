import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PNG, REVISED, createAudit, fillItems, seedRegistry, seedSealedAndDraft } from './audits-seed';
import { day, raiseFinding } from './findings-seed';
import { expect, test, type PatuhApp } from './fixtures';

/** WCAG 2.1 A and AA, the level public-sector sites in Indonesia and elsewhere are held to. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Enough of everything that each screen shows its real parts: scores, charts, a seal, findings. */
async function seed(app: PatuhApp) {
  const { entityId, unitId } = await seedRegistry(app);
  const { sealed, draft } = await seedSealedAndDraft(app, unitId, { name: 'papan.png', bytes: PNG });
  const other = await app.call<{ id: string }>('units.create', { entityId, fields: { name: 'Puskesmas Oesapa' } });
  const second = await createAudit(app, other.id, REVISED, 2024);
  await fillItems(app, second, 3, () => true);
  const finding = await raiseFinding(app, entityId, { unitId, statement: 'Antrean KTP-el tidak tercatat' });
  await app.call('findings.addAction', { findingId: finding.id, fields: { description: 'Pasang sistem antrean elektronik', owner: 'Budi Santoso', dueDate: day(-3) } });
  await raiseFinding(app, entityId, { clause: '9.2', grade: 'observation', statement: 'Program audit internal belum memuat jadwal tahunan', foundOn: day(-20) });
  return { entityId, draft, sealed, finding: finding.id };
}

/** Serious and critical violations, each with its first few elements (and the colours, for contrast). */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.slice(0, 3).map((n) => {
        const data = n.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        return data?.contrastRatio ? `${n.target.join(' ')} [${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}]` : n.target.join(' ');
      });
      return `${v.id} (${v.impact}, ${v.nodes.length} elements): ${nodes.join(', ')}`;
    });
}

test('every main screen has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const ids = await seed(app);
  const screens: [string, string, (p: Page) => Promise<void>][] = [
    ['home', 'home', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
    ['registry', 'registry', async (p) => { await expect(p.getByText('Pemerintah Kota Kupang').first()).toBeVisible(); }],
    ['audits list', 'audits', async (p) => { await expect(p.getByRole('table')).toBeVisible(); }],
    ['checklist', `audits/${ids.draft}`, async (p) => { await expect(p.getByRole('button', { name: 'Lihat bukti papan.png' })).toBeVisible(); }],
    ['sealed checklist', `audits/${ids.sealed}`, async (p) => { await expect(p.getByRole('note')).toBeVisible(); }],
    ['findings register', 'findings', async (p) => { await expect(p.getByRole('table')).toBeVisible(); }],
    ['finding detail', `findings/${ids.finding}`, async (p) => { await expect(p.getByRole('heading', { level: 1 })).toContainText('Temuan'); }],
    ['ISO dashboard', 'findings/dashboard', async (p) => { await expect(p.locator('.recharts-surface').first()).toBeVisible(); }],
    ['reports overview', 'reports', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
    ['entity overview', `reports/${ids.entityId}/2024`, async (p) => { await expect(p.locator('.recharts-surface').first()).toBeVisible(); }],
    ['settings', 'settings', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
    ['packages import', 'audits/import', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); }],
    ['first-run guide', 'home/setup', async (p) => { await expect(p.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeVisible(); }],
  ];
  const found: Record<string, string[]> = {};
  for (const [name, path, ready] of screens) {
    await app.open(path);
    await ready(page);
    found[name] = await violations(page);
  }
  // The evidence viewer is a dialog over the checklist.
  await app.open(`audits/${ids.draft}`);
  await page.getByRole('button', { name: 'Lihat bukti papan.png' }).click();
  await expect(page.getByRole('dialog', { name: 'Bukti butir IN-K1' }).getByRole('img')).toBeVisible();
  found['evidence viewer'] = await violations(page);

  expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0))).toEqual({});
});
