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

/**
 * A varied register at 2026-03-02 over two institutions: every status, grade and several clauses
 * (with sub-clauses), ages on both sides of each aging limit, and actions late, due today, due at
 * and past the edge of 14 days, done, and on a rejected finding; two late actions share a due date
 * on one finding and a third shares it on another. Returns the institutions, units and findings.
 */
export async function seedVariedRegister(s: TestServices) {
  const { entity: kupang, unit: dukcapil } = await seedRegistry(s);
  const rsud = await s.call('units.create', { entityId: kupang.id, fields: { name: 'RSUD S.K. Lerik' } });
  const ntt = await s.call('entities.create', { kind: 'pemprov', name: 'Pemerintah Provinsi NTT' });
  const dpmptsp = await s.call('units.create', { entityId: ntt.id, fields: { name: 'DPMPTSP Provinsi' } });
  const act = (findingId: string, dueDate: string, owner = 'Kepala Seksi') =>
    s.call('findings.addAction', { findingId, fields: { description: `Tindakan tenggat ${dueDate}`, owner, dueDate } });

  const aged: { id: string }[] = [];
  // Days before 2026-03-02: 0, 30 | 31, 60 | 61, 90 | 91, 200.
  const ages = ['2026-03-02', '2026-01-31', '2026-01-30', '2026-01-01', '2025-12-31', '2025-12-02', '2025-12-01', '2025-08-14'];
  const clauses = ['8.5.1', '8.5', '7.1.5.1', '9.2', '10.2', '4.1', '8.5.2', '7.5.3'];
  const grades = ['major', 'minor', 'observation', 'ofi'] as const;
  for (const [i, foundOn] of ages.entries()) {
    const entityId = i % 3 === 2 ? ntt.id : kupang.id;
    const unitId = entityId === ntt.id ? dpmptsp.id : i % 2 ? rsud.id : dukcapil.id;
    aged.push(await raise(s, entityId, { foundOn, unitId, clause: clauses[i]!, grade: grades[i % 4]!, statement: `Temuan umur ${i}: antrean loket` }));
  }
  const [a0, a1, a2, a3, a4, a5, a6, a7] = aged.map((f) => f.id) as [string, string, string, string, string, string, string, string];
  await act(a7, '2026-02-20', 'Budi');
  await act(a7, '2026-02-20', 'Sari');
  await act(a3, '2026-02-20', 'Budi');
  await act(a4, '2026-03-01');
  await act(a1, '2026-03-02', 'Sari');
  await act(a2, '2026-03-16');
  await act(a5, '2026-03-17');
  await act(a6, '2026-06-30');
  const done = await act(a0, '2026-03-05');
  await s.call('findings.completeAction', { id: done.id, doneOn: '2026-03-02' });

  const planned = await findingAt(s, kupang.id, 'action_planned', { unitId: rsud.id, clause: '8.2.1', foundOn: '2026-01-15' });
  await act(planned.id, '2026-02-27', 'Budi');
  const implemented = await findingAt(s, kupang.id, 'implemented', { clause: '9.1.2', grade: 'minor', foundOn: '2025-11-01' });
  const verified = await findingAt(s, ntt.id, 'verified', { unitId: dpmptsp.id, clause: '7.2', foundOn: '2025-10-01' });
  const closed = await findingAt(s, kupang.id, 'closed', { unitId: dukcapil.id, clause: '8.5.1', foundOn: '2025-09-01' });
  const rejectedFinding = await raise(s, ntt.id, { clause: '6.1', grade: 'observation', foundOn: '2026-02-01' });
  await act(rejectedFinding.id, '2026-02-10', 'Sari');
  await s.call('findings.transition', { id: rejectedFinding.id, command: 'reject', reason: 'Bukan ketidaksesuaian' });
  return {
    kupang: kupang.id, ntt: ntt.id, dukcapil: dukcapil.id, rsud: rsud.id, dpmptsp: dpmptsp.id,
    findings: [...aged.map((f) => f.id), planned.id, implemented.id, verified.id, closed.id, rejectedFinding.id],
  };
}
