// Filling a whole checklist from the keyboard, in the built renderer in Chromium against the test
// host (real services, real SQLite), at 1366×768 with the CPU throttled 4x (and once unthrottled):
// - keystrokes per answer cell: the auditor answers a 2022-2024 audit (41 items; default
//   respondent counts but 3 products: 164 cells) in interview order (dimension by dimension,
//   respondent by respondent, item by item); whenever the cursor is not on the next cell of that
//   order, the arrow keys take it there, and every key counts;
// - milliseconds per key, measured in the page from the key's event time (performance.now clock)
//   to the DOM showing the answer and the cursor's highlight (a MutationObserver), to the first
//   animation frame after that (the frame that paints them), and to the item being open in full
//   (its buttons, note and evidence: the app opens it in the frame after); for answer keys and
//   for cursor moves (↓ ↑ → ← J K).
// Each key waits for the previous answer's acknowledgement, as an auditor asking questions would.
// Run: npm run build && node tests/bench/keyboard.bench.mjs
// installProbe and the evaluate callbacks run in the page, not in Node:
/* global window, document, MutationObserver, requestAnimationFrame */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, HOST, loadBridge, startHost } from './bench-host.mjs';

if (!existsSync(HOST)) throw new Error('dist/test-host/main.mjs is missing: run `npm run build` first');
const installBridge = await loadBridge();

/**
 * Runs in the page: times each key from its event to what the bench armed it to expect: the
 * answer in its cell, the cursor (highlight) on a cell, the item open in full; and the first
 * animation frame after the answer and the cursor show.
 */
function installProbe() {
  let armed = null;
  const slotIndex = (item, cls) => [...item.querySelectorAll(`.${cls}`)].findIndex((s) => s.classList.contains(`${cls}--current`));
  const shows = {
    answer: ({ itemId, slot }) => {
      const item = document.getElementById(`item-${itemId}`);
      const slotEl = item?.querySelectorAll('.slot')[slot];
      if (slotEl) return slotEl.querySelector('[aria-checked="true"]') !== null;
      const chip = item?.querySelectorAll('.chip')[slot];
      return !!chip && !chip.classList.contains('chip--empty');
    },
    cursor: ({ itemId, slot }) => {
      const item = document.querySelector('article[aria-current="true"]');
      if (!item || item.id !== `item-${itemId}`) return false;
      return slot === undefined || Math.max(slotIndex(item, 'slot'), slotIndex(item, 'chip')) === slot;
    },
    open: (itemId) => document.getElementById(`item-${itemId}`)?.classList.contains('item--open') ?? false,
  };
  const check = () => {
    const a = armed;
    if (!a || a.t0 === undefined) return;
    const now = performance.now();
    for (const kind of ['answer', 'cursor', 'open']) if (a.expect[kind] && a.times[kind] === undefined && shows[kind](a.expect[kind])) a.times[kind] = now - a.t0;
    const seen = (kind) => !a.expect[kind] || a.times[kind] !== undefined;
    if (seen('answer') && seen('cursor') && !a.framing) {
      a.framing = true;
      requestAnimationFrame(() => {
        a.times.frame = performance.now() - a.t0;
        check();
      });
    }
    if (seen('answer') && seen('cursor') && seen('open') && a.times.frame !== undefined) {
      armed = null;
      a.resolve(a.times);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // Capture on window runs before the app's own listener; the event's time is when it was sent.
  window.addEventListener('keydown', (e) => {
    if (armed && armed.t0 === undefined) armed.t0 = e.timeStamp;
  }, true);
  window.__probe = {
    arm(expect) {
      return new Promise((resolve) => {
        const mine = { expect, times: {}, resolve };
        armed = mine;
        // A key that never shows what was expected is reported, not waited for.
        setTimeout(() => {
          if (armed !== mine) return;
          armed = null;
          resolve({ ...mine.times, missed: expect });
        }, 5000);
      });
    },
  };
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const figures = (xs) => xs.length ? `median ${percentile(xs, 50).toFixed(1)} ms  p95 ${percentile(xs, 95).toFixed(1)} ms  max ${Math.max(...xs).toFixed(1)} ms  (n=${xs.length})` : 'n/a';

async function run(rate) {
  const dataDir = mkdtempSync(join(tmpdir(), 'patuh-bench-kbd-'));
  const { child, url } = await startHost(dataDir);
  const browser = await chromium.launch({
    ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await fill(rate, url, browser);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function fill(rate, url, browser) {
  const call = async (channel, input) => {
    const r = await (await fetch(`${url}/__patuh/call/${channel}`, { method: 'POST', body: JSON.stringify(input) })).json();
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const entity = await call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
  const unit = await call('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } });
  const detail = await call('audits.create', { unitId: unit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2023 }, auditors: [{ name: 'Maria Goreti Lake' }], respondents: { PR: { count: 3 } } });
  const { template, audit } = detail;

  // Interview order, and each item's position in the checklist (for the arrow keys).
  const order = [];
  const position = new Map();
  for (const g of template.groups) {
    const count = audit.respondents[g.id].count;
    g.items.forEach((item) => position.set(item.id, { index: position.size, scale: item.scale, slots: count }));
    for (let slot = 0; slot < count; slot++) for (const item of g.items) order.push({ itemId: item.id, slot });
  }
  const ids = [...position.keys()];

  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const channels = await (await fetch(`${url}/__patuh/channels`)).json();
  await page.addInitScript(installBridge, channels);
  await page.addInitScript(installProbe);
  await page.goto(`${url}/#/audits/${audit.id}`);
  await page.locator('article[aria-current="true"]').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  const cursor = () => page.evaluate(() => {
    const item = document.querySelector('article[aria-current="true"]');
    const slots = [...(item?.querySelectorAll('.slot, .chip') ?? [])];
    return { itemId: item?.id.replace(/^item-/, ''), slot: slots.findIndex((s) => /(slot|chip)--current/.test(s.className)) };
  });
  const settled = () => page.waitForFunction(() => !document.querySelector('.save-state')?.textContent?.includes('Menyimpan'));
  const press = async (key, expect) => {
    const armed = page.evaluate((e) => window.__probe.arm(e), expect);
    await page.waitForFunction(() => true); // the probe is armed before the key is sent
    await page.keyboard.press(key);
    const r = await armed;
    if (r.missed) throw new Error(`${key}: the page never showed ${JSON.stringify(r.missed)}; cursor at ${JSON.stringify(await cursor())}`);
    return r;
  };
  const keyFor = (scale, n) => (scale === 'yesno' ? ['y', 'n'][n % 2] : String(3 - (n % 4)));

  const answerKeys = { answer: [], cursor: [], frame: [], open: [] };
  const moveKeys = { cursor: [], frame: [], open: [] };
  const record = (into, r) => Object.keys(into).forEach((k) => into[k].push(r[k]));
  let keys = 0;
  let moves = 0;
  for (const [n, cell] of order.entries()) {
    // Moves an auditor would need: ↓/↑ to the item, →/← to the respondent.
    for (;;) {
      const at = await cursor();
      if (at.itemId === cell.itemId && at.slot === cell.slot) break;
      const from = position.get(at.itemId);
      const to = position.get(cell.itemId);
      let key;
      let next;
      if (from.index !== to.index) {
        key = to.index > from.index ? 'ArrowDown' : 'ArrowUp';
        next = { itemId: ids[from.index + (to.index > from.index ? 1 : -1)] };
      } else {
        key = cell.slot > at.slot ? 'ArrowRight' : 'ArrowLeft';
        next = { itemId: cell.itemId, slot: at.slot + (cell.slot > at.slot ? 1 : -1) };
      }
      record(moveKeys, await press(key, { cursor: next, open: next.itemId }));
      keys++;
      moves++;
      if (moves > order.length * 4) throw new Error('the cursor does not reach the next cell');
    }
    // Filled in order, the cursor should go on to the next cell; after the last it stays.
    const next = order[n + 1] ?? cell;
    const r = await press(keyFor(position.get(cell.itemId).scale, n), { answer: cell, cursor: next, open: next.itemId });
    keys++;
    record(answerKeys, r);
    await settled();
  }

  // Cursor moves on their own: up and down the list, across respondents, with J and K too.
  // ↑/↓ keep the respondent asked for over dimensions with fewer respondents; ←/→ start from the one shown.
  let wantedSlot = (await cursor()).slot;
  for (const key of ['ArrowUp', 'ArrowUp', 'k', 'k', 'ArrowLeft', 'ArrowRight', 'j', 'ArrowDown', 'ArrowUp', 'ArrowLeft']) {
    for (let i = 0; i < 8; i++) {
      const before = await cursor();
      const p = position.get(before.itemId);
      const delta = { ArrowUp: -1, k: -1, ArrowDown: 1, j: 1 }[key] ?? 0;
      const slotDelta = { ArrowLeft: -1, ArrowRight: 1 }[key] ?? 0;
      const index = Math.min(Math.max(p.index + delta, 0), ids.length - 1);
      if (slotDelta) wantedSlot = Math.min(Math.max(before.slot + slotDelta, 0), p.slots - 1);
      const slot = Math.min(wantedSlot, position.get(ids[index]).slots - 1);
      if (index === p.index && slot === before.slot) continue;
      record(moveKeys, await press(key, { cursor: { itemId: ids[index], slot }, open: ids[index] }));
      await page.waitForTimeout(100); // a deliberate press, not a held key
    }
  }

  const stored = await call('audits.get', { auditId: audit.id });
  const filled = order.filter((c) => (stored.answers[c.itemId] ?? [])[c.slot] != null).length;
  console.log(`CPU ${rate}x: ${order.length} cells (${ids.length} items), ${filled} stored; ${keys} keys (${keys - moves} answers, ${moves} moves) = ${(keys / order.length).toFixed(3)} keystrokes per cell`);
  console.log(`  answer key → answer shown      ${figures(answerKeys.answer)}`);
  console.log(`  answer key → cursor on next    ${figures(answerKeys.cursor)}`);
  console.log(`  answer key → first frame       ${figures(answerKeys.frame)}`);
  console.log(`  answer key → next item open    ${figures(answerKeys.open)}`);
  console.log(`  move key → cursor shown        ${figures(moveKeys.cursor)}`);
  console.log(`  move key → first frame         ${figures(moveKeys.frame)}`);
  console.log(`  move key → item open           ${figures(moveKeys.open)}`);
}

for (const rate of [4, 1]) await run(rate);
console.log(`node ${process.version}, ${CHROMIUM ?? 'Playwright Chromium'}, viewport 1366×768`);
