import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { REVISED, createAudit, fillItems, seedRegistry, seedSealedAndDraft } from './audits-seed';
import { day, raiseFinding } from './findings-seed';
import { expect, test, type PatuhApp } from './fixtures';

/**
 * Every main screen at the two common laptop and office sizes, with the long names real agencies
 * have: nothing may scroll sideways, neither the page nor any box inside it (a table that needs
 * its own sideways scroll hides columns the auditor needs). Long unit names wrap or are shortened
 * with the full name at hand. Screenshots go to PATUH_SHOTS_DIR (default tests/.tmp/screenshots).
 */
const shots = process.env.PATUH_SHOTS_DIR ?? resolve(import.meta.dirname, '../.tmp/screenshots');
const SIZES = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }];
const LONG_UNITS = [
  'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  'Rumah Sakit Umum Daerah Prof. Dr. W. Z. Johannes Kupang',
  'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
];

/** A photo-sized PNG (a blue-to-green gradient), so the evidence viewer shows a picture as in the field. */
function photo(width = 1200, height = 800): Buffer {
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set([20 + (x * 100) / width, 90 + (y * 120) / height, 170 - (x * 80) / width], y * (width * 3 + 1) + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function seed(app: PatuhApp) {
  const { entityId, unitId } = await seedRegistry(app);
  const { sealed, draft } = await seedSealedAndDraft(app, unitId, { name: 'papan-informasi-standar-pelayanan-loket-utama.png', bytes: photo() });
  for (const [i, name] of LONG_UNITS.entries()) {
    const unit = await app.call<{ id: string }>('units.create', { entityId, fields: { name } });
    const audit = await createAudit(app, unit.id, REVISED, 2024);
    await fillItems(app, audit, i + 1, () => true);
  }
  const finding = await raiseFinding(app, entityId, { unitId, statement: 'Antrean KTP-el tidak tercatat di sistem antrean sehingga waktu tunggu tidak dapat diukur' });
  await app.call('findings.addAction', { findingId: finding.id, fields: { description: 'Pasang sistem antrean elektronik', owner: 'Kepala Bidang Pelayanan Pendaftaran Penduduk', dueDate: day(-3) } });
  await raiseFinding(app, entityId, { clause: '9.2', grade: 'observation', statement: 'Program audit internal belum memuat jadwal tahunan', foundOn: day(-20) });
  return { entityId, draft, sealed, finding: finding.id };
}

/** The page, and every box that scrolls on its own, wider than its window: what would scroll sideways. */
function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const wide: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) wide.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        wide.push(`${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return wide;
  });
}

test('no main screen scrolls sideways at 1366x768 or 1920x1080', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const ids = await seed(app);
  const heading = async (p: Page) => { await expect(p.getByRole('heading', { level: 1 })).toBeVisible(); };
  const screens: [string, string, (p: Page) => Promise<void>][] = [
    ['home', 'home', async (p) => { await expect(p.getByRole('region', { name: 'Audit terakhir' })).toBeVisible(); }],
    ['registry', 'registry', async (p) => { await expect(p.getByText('Pemerintah Kota Kupang').first()).toBeVisible(); }],
    ['entity', `registry/${ids.entityId}`, async (p) => { await expect(p.getByText(LONG_UNITS[1]!).first()).toBeVisible(); }],
    ['audits list', 'audits', async (p) => { await expect(p.getByRole('table')).toBeVisible(); }],
    ['start form', 'audits/new', async (p) => { await expect(p.getByLabel('Mulai lapangan')).toBeVisible(); }],
    ['checklist', `audits/${ids.draft}`, async (p) => { await expect(p.getByRole('button', { name: /Lihat bukti/ })).toBeVisible(); }],
    ['checklist single', `audits/${ids.draft}`, async (p) => {
      await p.getByRole('button', { name: 'Satu per satu' }).click();
      await expect(p.getByRole('button', { name: 'Satu per satu' })).toHaveAttribute('aria-pressed', 'true');
    }],
    ['seal dialog', `audits/${ids.draft}`, async (p) => {
      await p.getByRole('button', { name: 'Daftar' }).click();
      await p.getByRole('button', { name: 'Segel audit' }).click();
      await expect(p.getByRole('dialog', { name: 'Finalkan dan segel audit' })).toBeVisible();
    }],
    ['trail', `audits/${ids.draft}`, async (p) => {
      await p.getByRole('tab', { name: 'Jejak audit' }).click();
      await expect(p.getByRole('table')).toBeVisible();
    }],
    ['evidence viewer', `audits/${ids.draft}`, async (p) => {
      await p.getByRole('button', { name: /Lihat bukti/ }).click();
      await expect(p.getByRole('dialog').getByRole('img')).toBeVisible();
    }],
    ['sealed checklist', `audits/${ids.sealed}`, async (p) => { await expect(p.getByRole('note')).toBeVisible(); }],
    ['findings register', 'findings', async (p) => { await expect(p.getByRole('table')).toBeVisible(); }],
    ['finding detail', `findings/${ids.finding}`, heading],
    ['ISO dashboard', 'findings/dashboard', async (p) => { await expect(p.locator('.recharts-surface').first()).toBeVisible(); }],
    ['reports overview', 'reports', heading],
    ['entity overview', `reports/${ids.entityId}/2024`, async (p) => { await expect(p.locator('.recharts-surface').first()).toBeVisible(); }],
    ['packages import', 'audits/import', heading],
    ['conflicts', `audits/${ids.draft}/conflicts`, heading],
    ['settings', 'settings', heading],
    ['first-run guide', 'home/setup', heading],
  ];
  mkdirSync(shots, { recursive: true });
  const found: Record<string, string[]> = {};
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const [name, path, ready] of screens) {
      // Through home, so each screen mounts afresh (no dialog or tab left over from the one before).
      await app.open('home');
      await app.open(path);
      await ready(page);
      // The pointer rests where the last click left it; over a chart it would open a tooltip now and
      // then. Tooltips have their own test (below), so the pointer is parked in the sidebar.
      await page.mouse.move(5, 5);
      const wide = await sidewaysScroll(page);
      if (wide.length) found[`${name} at ${size.width}`] = wide;
      await page.screenshot({ path: join(shots, `layout-${size.width}-${name.replace(/ /g, '-')}.png`), fullPage: true });
    }
  }
  expect(found).toEqual({});
});

test('long unit names in the overview charts wrap inside the chart, shortened only with the full name at hand', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize(SIZES[0]!);
  const ids = await seed(app);
  await app.open(`reports/${ids.entityId}/2024`);
  await expect(page.locator('.report-chart__tick').first()).toBeAttached();
  // Every unit tick: its tooltip (an SVG <title>), the lines it shows, and whether they stay inside the chart.
  const ticks = await page.locator('.report-chart__tick').evaluateAll((gs) => gs.map((g) => {
    const svg = g.closest('svg')!.getBoundingClientRect();
    const text = g.querySelector('text')!.getBoundingClientRect();
    return {
      title: g.querySelector('title')?.textContent ?? '',
      lines: Array.from(g.querySelectorAll('tspan')).map((t) => t.textContent ?? ''),
      inside: text.left >= svg.left && text.right <= svg.right,
    };
  }));
  const units = [...LONG_UNITS, 'Dinas Kependudukan dan Pencatatan Sipil'];
  expect(new Set(ticks.map((t) => t.title))).toEqual(new Set(units));
  for (const tick of ticks) {
    expect(tick.inside, tick.title).toBe(true);
    expect(tick.lines.length, tick.title).toBeLessThanOrEqual(2);
    const shown = tick.lines.join(' ');
    // The lines read as the name, or as its beginning ending in "…".
    if (shown.endsWith('…')) expect(tick.title.startsWith(shown.slice(0, -1)), shown).toBe(true);
    else expect(shown).toBe(tick.title);
  }
  // The longest name does not fit two lines anywhere: at least one tick shortens it.
  expect(ticks.some((t) => t.lines.join(' ').endsWith('…'))).toBe(true);
  // Pointing at a bar shows the unit's full name.
  await page.locator('.recharts-bar-rectangle').first().hover();
  await expect(page.locator('.recharts-tooltip-wrapper').first()).toContainText(LONG_UNITS[2]!);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'layout-1366-overview-tooltip.png') });
  // Pointing at any bar of any chart shows its tooltip inside the window: a long name wraps in it.
  const bars = page.locator('.recharts-bar-rectangle');
  const wideWhileHovered: string[] = [];
  for (let i = 0; i < await bars.count(); i++) {
    await bars.nth(i).hover();
    await expect(page.locator('.recharts-tooltip-wrapper').filter({ visible: true }).first()).toBeVisible();
    const wide = await sidewaysScroll(page);
    if (wide.length) wideWhileHovered.push(`bar ${i}: ${wide.join(', ')}`);
  }
  expect(wideWhileHovered).toEqual([]);
});

test('in English too, the checklist, evidence viewer, overview, guide and home fit 1366x768', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize(SIZES[0]!);
  const ids = await seed(app);
  await app.call('settings.update', { language: 'en' });
  const screens: [string, string, (p: Page) => Promise<void>][] = [
    ['home', 'home', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toHaveText('Welcome to Patuh'); }],
    ['checklist', `audits/${ids.draft}`, async (p) => { await expect(p.getByRole('button', { name: /View evidence/ })).toBeVisible(); }],
    ['evidence viewer', `audits/${ids.draft}`, async (p) => {
      await p.getByRole('button', { name: /View evidence/ }).click();
      await expect(p.getByRole('dialog').getByRole('img')).toBeVisible();
    }],
    ['entity overview', `reports/${ids.entityId}/2024`, async (p) => { await expect(p.locator('.report-chart__tick').first()).toBeAttached(); }],
    ['first-run guide', 'home/setup', async (p) => { await expect(p.getByRole('heading', { level: 1 })).toHaveText('First-run guide'); }],
  ];
  const found: Record<string, string[]> = {};
  for (const [name, path, ready] of screens) {
    await app.open('home');
    await app.open(path);
    await ready(page);
    const wide = await sidewaysScroll(page);
    if (wide.length) found[name] = wide;
    await page.screenshot({ path: join(shots, `layout-1366-en-${name.replace(/ /g, '-')}.png`), fullPage: name !== 'evidence viewer' });
  }
  expect(found).toEqual({});
});
