// Seeds a province's worth of data for tests/bench/scale.bench.mjs: 34 entities, 600 units, 5,000
// audits of the 2022-2024 method with every slot answered (Output at 30 users: 252 slots, 1.26 M
// answers), 60 % of them sealed, and 5,000 ISO findings. Paths that matter go through the handler
// table (entities, one model audit answered and sealed, 50 findings with their workflow); the bulk
// is copied through the repositories (audits, as backup.bench.mjs does) and plain SQL (findings).
import { randomUUID } from 'node:crypto';

export const ENTITIES = 34;
export const UNITS = 600;
export const AUDITS = 5000;
export const FINDINGS = 5000;
/** Entity 0 has 100 units (the entity report's memory aim), entity 1 has 30 (its time aim). */
export const UNITS_OF = (e) => (e === 0 ? 100 : e === 1 ? 30 : Math.floor((UNITS - 130) / (ENTITIES - 2)) + (e - 2 < (UNITS - 130) % (ENTITIES - 2) ? 1 : 0));

const CLAUSES = ['4.1', '5.1.2', '6.1', '7.1.5.1', '7.2', '7.5.3', '8.2.1', '8.4.2', '8.5.1', '8.5.2', '8.7', '9.1.2', '9.2', '10.2'];
const GRADES = ['major', 'minor', 'observation', 'ofi'];

/** `call(channel, input)` goes through the handler table; `repos` are the repository factories. */
export async function seedProvince(services, call, repos) {
  await call('settings.update', { auditorName: 'Bench', institutionName: 'Perwakilan Ombudsman Bench' });
  const entities = [];
  for (let e = 0; e < ENTITIES; e++) entities.push(await call('entities.create', { kind: e === 0 ? 'pemprov' : 'pemkab', name: `Kabupaten Bench ${e}` }));
  const first = await call('units.create', { entityId: entities[0].id, fields: { name: 'Dinas Model' } });
  // The model: every slot answered through the handlers, then sealed; the bulk copies its shape and seal.
  const model = await call('audits.create', {
    unitId: first.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2024 }, auditors: [{ name: 'Bench' }], respondents: { OU: { count: 30 } },
  });
  for (const g of model.template.groups) {
    for (const item of g.items) {
      await call('audits.answerItem', { auditId: model.audit.id, itemId: item.id, values: Array.from({ length: model.audit.respondents[g.id].count }, (_, s) => (s + item.id.length) % 2) });
    }
  }
  const sealed = await call('audits.seal', { auditId: model.audit.id, signOff: { auditorName: 'Bench', agencyRepresentative: 'Kepala Dinas', date: '2024-06-01' } });
  const sealRow = services.ctx.db.prepare('SELECT seal_hash, sealed_at, sealed_by, sign_off_json, sealed_content FROM audits WHERE id = ?').get(model.audit.id);
  // A second model, a draft of the same shape, is the audit the answer and report timings use.
  const draftUnit = await call('units.create', { entityId: entities[0].id, fields: { name: 'Dinas Draf' } });
  const draft = await call('audits.create', {
    unitId: draftUnit.id, template: { id: 'ori-2022-2024', version: 1 }, period: { year: 2024 }, auditors: [{ name: 'Bench' }], respondents: { OU: { count: 30 } },
  });

  const db = services.ctx.db;
  const registry = repos.registryRepo(db);
  const audits = repos.auditsRepo(db);
  const content = repos.auditContentRepo(db);
  const now = new Date().toISOString();
  const prov = { by: 'Bench', device: services.ctx.device.id };
  const t0 = performance.now();
  let answers = 0;
  let auditCount = 2;
  const unitIds = [];
  db.transaction(() => {
    for (let e = 0; e < ENTITIES; e++) {
      const n = UNITS_OF(e) - (e === 0 ? 2 : 0);
      for (let u = 0; u < n; u++) {
        const id = randomUUID();
        registry.insertUnit(id, entities[e].id, { name: `Kantor Layanan ${e}-${u}`, category: 'Pelayanan publik', address: '', headName: '' }, now);
        unitIds.push({ id, entity: e });
      }
    }
    // 5,000 audits over 600 units: 8 or 9 years each, the older ones sealed.
    for (let k = 0; auditCount < AUDITS; k++) {
      const { id: unitId } = unitIds[k % unitIds.length];
      const year = 2024 - Math.floor(k / unitIds.length);
      const id = randomUUID();
      audits.insert(id, { unitId, template: model.audit.template, period: { year, label: '', start: null, end: null }, auditors: [{ name: `Auditor ${k % 40}`, nip: '' }] }, now);
      for (const g of model.template.groups) {
        const { count, labels } = model.audit.respondents[g.id];
        audits.setRespondents(id, g.id, count, labels);
        for (const item of g.items) {
          for (let slot = 0; slot < count; slot++) {
            // Spread the scores over all three zones.
            content.setAnswer(id, item.id, slot, (slot * 7 + k) % 10 < k % 7 ? 0 : 1, now, prov);
            answers++;
          }
        }
      }
      if (year < 2023 || k % 3 === 0) {
        audits.seal(id, { hash: sealRow.seal_hash, sealedBy: sealRow.sealed_by, signOff: JSON.parse(sealRow.sign_off_json), content: sealRow.sealed_content, signature: null, publicKey: null, sealedAt: sealRow.sealed_at }, now);
      }
      auditCount++;
    }
  })();
  const auditsSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const findingUnits = unitIds.filter((u) => u.entity === 1).slice(0, 6);
  for (let i = 0; i < 50; i++) {
    const f = await call('findings.create', {
      entityId: entities[1].id,
      fields: {
        unitId: findingUnits[i % findingUnits.length].id, clause: CLAUSES[i % CLAUSES.length], grade: GRADES[i % GRADES.length], foundOn: '2026-02-02', auditor: 'Auditor Bench',
        requirement: 'SOP pelayanan langkah 3: verifikasi berkas sebelum perekaman data',
        statement: `Temuan ${i + 1}: berkas permohonan tidak diverifikasi sesuai SOP pada loket ${1 + (i % 4)}`,
        evidence: '12 dari 20 berkas sampel tanpa paraf verifikator; wawancara dengan petugas loket',
      },
    });
    await call('findings.saveAnalysis', { id: f.id, fields: { correction: 'Berkas diperiksa ulang', whys: ['Petugas tidak memeriksa', 'Belum dilatih', 'Tidak ada rencana pelatihan'], rootCause: 'Pelatihan SOP tidak direncanakan' } });
    const a1 = await call('findings.addAction', { findingId: f.id, fields: { description: 'Pelatihan SOP untuk semua petugas loket', owner: 'Kepala Seksi', dueDate: i % 5 === 0 ? '2026-05-01' : '2026-07-15' } });
    await call('findings.addAction', { findingId: f.id, fields: { description: 'Tambahkan kolom paraf verifikator pada formulir', owner: 'Sekretaris', dueDate: '2026-08-01' } });
    if (i % 3 === 0) {
      await call('findings.completeAction', { id: a1.id, doneOn: '2026-03-01' });
      const { actions } = await call('findings.get', { id: f.id });
      for (const a of actions.filter((x) => !x.doneOn)) await call('findings.completeAction', { id: a.id, doneOn: '2026-03-02' });
      for (const command of ['plan', 'implement']) await call('findings.transition', { id: f.id, command });
      await call('findings.transition', { id: f.id, command: 'verify', verifiedBy: 'Verifikator', verifiedOn: '2026-04-01', note: 'Sampel 30 berkas sesuai' });
      await call('findings.transition', { id: f.id, command: 'close' });
    }
  }
  copyFindings(db, entities, unitIds);
  const findingsSeconds = (performance.now() - t1) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { entities, modelAuditId: model.audit.id, sealedModel: sealed, draftAuditId: draft.audit.id, template: model.template, answers, auditsSeconds, findingsSeconds };
}

/** The 50 findings made through the handlers, copied in SQL 99 more times over all entities. */
function copyFindings(db, entities, unitIds) {
  const cols = (table, skip) => db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table).map((c) => c.name).filter((c) => !skip.includes(c));
  const findingCols = cols('findings', ['id', 'number', 'entity_id', 'unit_id', 'status']);
  const actionCols = cols('finding_actions', ['id', 'finding_id']);
  const historyCols = cols('finding_history', ['id', 'finding_id']);
  const entityUnits = entities.map((e, i) => ({ entity: e.id, units: unitIds.filter((u) => u.entity === i).map((u) => u.id) }));
  db.transaction(() => {
    for (let copy = 1; copy < FINDINGS / 50; copy++) {
      const { entity, units } = entityUnits[copy % entityUnits.length];
      const suffix = `~c${copy}`;
      db.prepare(`INSERT INTO findings (id, number, entity_id, unit_id, status, ${findingCols.join(', ')})
        SELECT id || ?, number + ?, ?, ?, 'open', ${findingCols.join(', ')} FROM findings WHERE id NOT LIKE '%~c%'`)
        .run(suffix, copy * 50, entity, units[copy % units.length] ?? null);
      db.prepare(`INSERT INTO finding_actions (id, finding_id, ${actionCols.join(', ')})
        SELECT id || ?, finding_id || ?, ${actionCols.join(', ')} FROM finding_actions WHERE id NOT LIKE '%~c%'`).run(suffix, suffix);
      db.prepare(`INSERT INTO finding_history (finding_id, ${historyCols.join(', ')})
        SELECT finding_id || ?, ${historyCols.join(', ')} FROM finding_history WHERE finding_id NOT LIKE '%~c%' ORDER BY id`).run(suffix);
      db.prepare(`UPDATE findings SET status = (SELECT o.status FROM findings o WHERE o.id = substr(findings.id, 1, length(findings.id) - ?))
        WHERE id LIKE ?`).run(suffix.length, `%${suffix}`);
    }
  })();
}
