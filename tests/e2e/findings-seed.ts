import { addDays, localDate } from '../../shared/iso/dates';
import type { PatuhApp } from './fixtures';

/** A date `offset` days from today, on the clock the test host and the page share. */
export const day = (offset: number) => addDays(localDate(new Date()), offset);

/** An institution with two service units, as a quality manager's register starts. */
export async function seedUnits(app: PatuhApp) {
  const entity = await app.call<{ id: string }>('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang' });
  const dukcapil = await app.call<{ id: string }>('units.create', { entityId: entity.id, fields: { name: 'Dinas Dukcapil' } });
  const rsud = await app.call<{ id: string }>('units.create', { entityId: entity.id, fields: { name: 'RSUD S.K. Lerik' } });
  return { entityId: entity.id, dukcapil: dukcapil.id, rsud: rsud.id };
}

export async function raiseFinding(app: PatuhApp, entityId: string, fields: Record<string, unknown>) {
  return app.call<{ id: string; number: number }>('findings.create', {
    entityId,
    fields: { clause: '8.5.1', grade: 'major', auditor: 'Maria Dami', foundOn: day(-40), ...fields },
  });
}

/** One finding with an action three days late, one due soon, one closed observation. */
export async function seedDashboard(app: PatuhApp) {
  const ids = await seedUnits(app);
  const late = await raiseFinding(app, ids.entityId, { unitId: ids.dukcapil, statement: 'Antrean KTP-el tidak tercatat' });
  await app.call('findings.addAction', { findingId: late.id, fields: { description: 'Pasang sistem antrean elektronik', owner: 'Budi Santoso', dueDate: day(-3) } });
  const soon = await raiseFinding(app, ids.entityId, { unitId: ids.rsud, clause: '7.1.5.1', grade: 'minor', statement: 'Kalibrasi tensimeter kedaluwarsa', foundOn: day(-10) });
  await app.call('findings.addAction', { findingId: soon.id, fields: { description: 'Kalibrasi ulang alat ukur', owner: 'Sari Lado', dueDate: day(5) } });
  const obs = await raiseFinding(app, ids.entityId, { clause: '9.2', grade: 'observation', statement: 'Program audit internal belum memuat jadwal tahunan', foundOn: day(-100) });
  await app.call('findings.transition', { id: obs.id, command: 'close' });
  await raiseFinding(app, ids.entityId, { clause: '7.5.3', grade: 'ofi', statement: 'Penamaan dokumen SOP belum seragam', foundOn: day(-70) });
  return { ...ids, late, soon };
}
