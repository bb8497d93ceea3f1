import type { CreateAuditInput } from '../../../shared/domain/audit';
import type { TestServices } from '../helpers';

/** A PNG's 8-byte signature plus a little payload: enough for the store's content check. */
export function pngBytes(payload: string): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(payload)]);
}

export const SIGN_OFF = { auditorName: 'Maria Goreti Seran', agencyRepresentative: 'Drs. Yohanes Bria', date: '2023-08-24' };

/** An entity with one unit and two products, and a fresh 2022-2024 audit of that unit. */
export async function auditFixture(t: TestServices, overrides: Partial<CreateAuditInput> = {}) {
  const entity = await t.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang', province: 'Nusa Tenggara Timur' });
  const unit = await t.call('units.create', { entityId: entity.id, fields: { name: 'Dinas Kependudukan dan Pencatatan Sipil', category: 'Adminduk' } });
  const ktp = await t.call('products.create', { unitId: unit.id, fields: { name: 'KTP-el' } });
  const akta = await t.call('products.create', { unitId: unit.id, fields: { name: 'Akta Kelahiran' } });
  const detail = await t.call('audits.create', {
    unitId: unit.id,
    template: { id: 'ori-2022-2024', version: 1 },
    period: { year: 2023, start: '2023-08-21', end: '2023-08-24' },
    auditors: [{ name: 'Maria Goreti Seran', nip: '198703142010012015' }, { name: 'Yohanes Bria' }],
    respondents: { PR: { labels: [{ productId: ktp.id }, { productId: akta.id }] } },
    ...overrides,
  });
  return { entity, unit, products: [ktp, akta], detail, auditId: detail.audit.id };
}

/** Answers every slot of every item with `value` (capped at the item's scale). */
export async function answerAll(t: TestServices, auditId: string, value: (itemId: string, slot: number) => number | 'na') {
  const { template, audit } = await t.call('audits.get', { auditId });
  for (const g of template.groups) {
    for (const item of g.items) {
      const values = Array.from({ length: audit.respondents[g.id]!.count }, (_, slot) => value(item.id, slot));
      await t.call('audits.answerItem', { auditId, itemId: item.id, values });
    }
  }
}
