import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServices, type TestServices } from './helpers';

let t: TestServices;
beforeEach(() => { t = testServices(); });
afterEach(() => t.dispose());

const REVISED = { id: 'ori-2022-2024', version: 1 };
const CLASSIC = { id: 'ori-2016-2021', version: 1 };

/** A unit with the named products (created in this order, so name order differs). */
async function unitWith(names: string[], entityName = 'Pemerintah Kota Kupang') {
  const entity = await t.call('entities.create', { kind: 'pemkot', name: entityName });
  const unit = await t.call('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil' } });
  const products = [];
  for (const name of names) products.push(await t.call('products.create', { unitId: unit.id, fields: { name } }));
  const byName = Object.fromEntries(products.map((p) => [p.name, p.id]));
  return { unit, byName };
}

const base = (unitId: string, year: number) => ({ unitId, period: { year }, auditors: [{ name: 'Maria Goreti Seran' }] });

describe('audits: product slots from the registry', () => {
  it('names the product slots after the unit\'s products, in name order, when no labels are given', async () => {
    const { unit, byName } = await unitWith(['KTP-el', 'Akta Kelahiran']);
    const revised = await t.call('audits.create', { ...base(unit.id, 2023), template: REVISED });
    expect(revised.audit.respondents.PR).toEqual({
      count: 2,
      labels: [{ label: 'Akta Kelahiran', productId: byName['Akta Kelahiran'] }, { label: 'KTP-el', productId: byName['KTP-el'] }],
    });
    // Groups of people are not products: no labels there.
    expect(revised.audit.respondents.IN).toEqual({ count: 4, labels: [] });
    expect(revised.audit.respondents.OU).toEqual({ count: 10, labels: [] });

    // The classic method observes 3 products per group: two named, the third left for the auditor.
    const classic = await t.call('audits.create', { ...base(unit.id, 2020), template: CLASSIC });
    for (const g of Object.values(classic.audit.respondents)) {
      expect(g.count).toBe(3);
      expect(g.labels.map((l) => l.label)).toEqual(['Akta Kelahiran', 'KTP-el']);
    }
    // Stored, not only returned; and recorded with the creation.
    const stored = await t.call('audits.get', { auditId: classic.audit.id });
    expect(stored.audit.respondents.SP!.labels.map((l) => l.productId)).toEqual([byName['Akta Kelahiran'], byName['KTP-el']]);
  });

  it('takes one slot per product beyond the default when no count is given, and keeps a given count', async () => {
    const { unit, byName } = await unitWith(['Surat Pindah', 'KTP-el', 'Kartu Keluarga', 'Akta Kelahiran', 'Akta Kematian']);
    await t.call('products.archive', { id: byName['Akta Kematian']!, archived: true });
    const grown = await t.call('audits.create', { ...base(unit.id, 2023), template: REVISED });
    expect(grown.audit.respondents.PR!.count).toBe(4);
    expect(grown.audit.respondents.PR!.labels.map((l) => l.label)).toEqual(['Akta Kelahiran', 'Kartu Keluarga', 'KTP-el', 'Surat Pindah']);
    expect(grown.answers['PR-01']).toHaveLength(4);

    // The start form sends counts but no labels: the labels are still filled, up to the count.
    const counted = await t.call('audits.create', { ...base(unit.id, 2024), template: REVISED, respondents: { PR: { count: 3, labels: [] }, OU: { count: 5, labels: [] } } });
    expect(counted.audit.respondents.PR!.count).toBe(3);
    expect(counted.audit.respondents.PR!.labels.map((l) => l.label)).toEqual(['Akta Kelahiran', 'Kartu Keluarga', 'KTP-el']);
    expect(counted.audit.respondents.OU).toEqual({ count: 5, labels: [] });
  });

  it('keeps labels the caller gives, and leaves a unit without products on the defaults', async () => {
    const { unit, byName } = await unitWith(['KTP-el', 'Akta Kelahiran']);
    const given = await t.call('audits.create', { ...base(unit.id, 2023), template: REVISED, respondents: { PR: { labels: [{ label: 'Loket 1' }, { productId: byName['KTP-el'] }] } } });
    expect(given.audit.respondents.PR!.labels).toEqual([{ label: 'Loket 1', productId: null }, { label: 'KTP-el', productId: byName['KTP-el'] }]);

    const bare = await unitWith([], 'Pemerintah Kota Ambon');
    const empty = await t.call('audits.create', { ...base(bare.unit.id, 2023), template: REVISED });
    expect(empty.audit.respondents.PR).toEqual({ count: 2, labels: [] });
  });
});
