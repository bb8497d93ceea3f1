import { findBuiltinTemplate } from '../../../shared/methodology/builtin';
import { answersFor } from '../../support/opini-answers';
import type { TestServices } from '../helpers';

const opini = findBuiltinTemplate('ori-opini-2025')!;

/**
 * A 2025 (opini) audit of one unit of Pemerintah Kota Kupang, every item answered so that it
 * scores 84.43 and no proof of service yet: the proof tests add the proofs they are about.
 */
export async function answeredOpiniAudit(t: TestServices, unitName = 'Dinas Kependudukan dan Pencatatan Sipil'): Promise<string> {
  const entity = await t.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
  const unit = await t.call('units.create', { entityId: entity.id, fields: { name: unitName } });
  const { audit } = await t.call('audits.create', { unitId: unit.id, template: { id: opini.id, version: opini.version }, period: { year: 2025 }, auditors: [{ name: 'Maria Goreti Seran' }] });
  for (const [itemId, values] of Object.entries(answersFor(opini, 84.43).answers)) await t.call('audits.answerItem', { auditId: audit.id, itemId, values: [...(values ?? [])] });
  return audit.id;
}
