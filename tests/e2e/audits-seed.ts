import type { AuditDetail } from '../../shared/domain/audit';
import type { SlotAnswer } from '../../shared/scoring';
import type { Laptop } from './fixtures';

/** A tiny valid PNG (1x1) for evidence uploads. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export const REVISED = { id: 'ori-2022-2024', version: 1 } as const;
export const CLASSIC = { id: 'ori-2016-2021', version: 1 } as const;

export interface Seeded {
  entityId: string;
  unitId: string;
  productIds: string[];
}

/** An entity with one service unit and two products, and the auditor named in settings. */
export async function seedRegistry(app: Laptop, unitName = 'Dinas Kependudukan dan Pencatatan Sipil'): Promise<Seeded> {
  await app.call('settings.update', { auditorName: 'Maria Goreti Lake', auditorNip: '198703122010012003' });
  const entity = await app.call<{ id: string }>('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang', province: 'Nusa Tenggara Timur' });
  const unit = await app.call<{ id: string }>('units.create', { entityId: entity.id, fields: { name: unitName, category: 'Dukcapil', headName: 'Yohanes Bria' } });
  const products = [];
  for (const name of ['KTP-el', 'Akta Kelahiran']) products.push(await app.call<{ id: string }>('products.create', { unitId: unit.id, fields: { name } }));
  return { entityId: entity.id, unitId: unit.id, productIds: products.map((p) => p.id) };
}

export async function createAudit(app: Laptop, unitId: string, template: { id: string; version: number }, year: number): Promise<AuditDetail> {
  return app.call<AuditDetail>('audits.create', { unitId, template, period: { year }, auditors: [{ name: 'Maria Goreti Lake' }] });
}

/** Answers every slot of the items `pick` selects with `value`, straight through the API. */
export async function fillItems(app: Laptop, detail: AuditDetail, value: SlotAnswer, pick: (itemId: string, groupId: string) => boolean): Promise<void> {
  for (const g of detail.template.groups) {
    const count = detail.audit.respondents[g.id]!.count;
    for (const item of g.items) {
      if (pick(item.id, g.id)) await app.call('audits.answerItem', { auditId: detail.audit.id, itemId: item.id, values: Array.from({ length: count }, () => value) });
    }
  }
}

/**
 * What the screens need to show their real parts: a sealed 2021 audit of the unit (every item
 * answered 1) and a 2024 draft, half answered (the information and product items), with one photo.
 */
export async function seedSealedAndDraft(app: Laptop, unitId: string, photo: { name: string; bytes: Buffer }): Promise<{ sealed: string; draft: string }> {
  const sealed = await createAudit(app, unitId, CLASSIC, 2021);
  await fillItems(app, sealed, 1, () => true);
  await app.call('audits.seal', { auditId: sealed.audit.id, signOff: { auditorName: 'Maria Goreti Lake', agencyRepresentative: 'Yohanes Bria, S.H.', date: '2021-08-20' } });
  const draft = await createAudit(app, unitId, REVISED, 2024);
  await fillItems(app, draft, 3, (id) => id.startsWith('IN-K'));
  await fillItems(app, draft, 2, (id) => id.startsWith('PR'));
  await app.call('audits.attachEvidence', { auditId: draft.audit.id, itemId: 'IN-K1', file: { name: photo.name, mime: 'image/png', base64: photo.bytes.toString('base64') } });
  return { sealed: sealed.audit.id, draft: draft.audit.id };
}
