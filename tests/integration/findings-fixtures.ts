import type { FindingFields } from '../../shared/domain/findings';
import type { FindingStatus } from '../../shared/iso/workflow';
import type { TestServices } from './helpers';

/** An institution with one unit, as the findings tests need. The clock stands at 2026-03-02. */
export async function seedRegistry(s: TestServices) {
  const entity = await s.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
  const unit = await s.call('units.create', { entityId: entity.id, fields: { name: 'Dinas Dukcapil', category: 'Dukcapil' } });
  return { entity, unit };
}

export function raise(s: TestServices, entityId: string, fields: Partial<FindingFields> = {}) {
  return s.call('findings.create', {
    entityId,
    fields: {
      clause: '8.5.1',
      grade: 'major',
      statement: 'Verifikasi berkas KTP-el tidak dilakukan sesuai SOP',
      requirement: 'SOP pelayanan KTP-el langkah 3',
      auditor: 'Maria Dami',
      foundOn: '2026-02-10',
      ...fields,
    },
  });
}

/**
 * A finding brought to `status` the way a user would, ready for every next step: with a root
 * cause and one action (done from "implemented" on).
 */
export async function findingAt(s: TestServices, entityId: string, status: FindingStatus, fields: Partial<FindingFields> = {}) {
  const finding = await raise(s, entityId, fields);
  const id = finding.id;
  await s.call('findings.saveAnalysis', { id, fields: { correction: 'Berkas diverifikasi ulang', whys: ['SOP tidak dibaca'], rootCause: 'Petugas baru tidak dilatih SOP' } });
  const action = await s.call('findings.addAction', { findingId: id, fields: { description: 'Latih petugas loket', owner: 'Kepala Seksi', dueDate: '2026-03-20' } });
  if (status === 'rejected') await s.call('findings.transition', { id, command: 'reject', reason: 'Bukan ketidaksesuaian' });
  if (status === 'open' || status === 'rejected') return { id, actionId: action.id };
  await s.call('findings.transition', { id, command: 'plan' });
  if (status === 'action_planned') return { id, actionId: action.id };
  await s.call('findings.completeAction', { id: action.id, doneOn: '2026-02-25' });
  await s.call('findings.transition', { id, command: 'implement' });
  if (status === 'implemented') return { id, actionId: action.id };
  await s.call('findings.transition', { id, command: 'verify', verifiedBy: 'Yohana Lay', verifiedOn: '2026-03-01', note: 'Sampel 20 berkas sesuai SOP' });
  if (status === 'verified') return { id, actionId: action.id };
  await s.call('findings.transition', { id, command: 'close' });
  return { id, actionId: action.id };
}
