import { photoPng } from '../../support/photo';
import type { TestServices } from '../helpers';

/**
 * A city with service units audited with the 2022-2024 method, answers spread so that units land
 * in every zone, notes and photo evidence on some items: the input of the report tests, the
 * rendering checks and the benchmark.
 */

const BASE_NAMES = [
  'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Penanaman Modal dan PTSP', 'RSUD S.K. Lerik', 'Puskesmas Oesapa',
  'Dinas Sosial', 'Dinas Perhubungan', 'Dinas Kesehatan', 'Dinas Pendidikan dan Kebudayaan', 'Badan Pendapatan Daerah',
  'Dinas Lingkungan Hidup dan Kebersihan',
];
export const unitName = (i: number) => (i < BASE_NAMES.length ? BASE_NAMES[i]! : `Kantor Kecamatan ${i - BASE_NAMES.length + 1}`);

export const SIGN_OFF = { auditorName: 'Maria Goreti Seran', agencyRepresentative: 'Fransiskus Ndolu, Sekretaris Dinas', date: '2023-08-24' };

export interface SeedOptions {
  units?: number;
  year?: number;
  /** Also audit (and seal) every unit this year, a little lower, for year-on-year change. */
  previousYear?: number;
  /** The last `drafts` units stay drafts. */
  drafts?: number;
  /** Photos per audit, spread over the first items; `grain` makes them camera-sized. */
  photos?: number;
  grain?: boolean;
  /** Respondents per group (e.g. 30 users in Output); the template's defaults otherwise. */
  counts?: Record<string, number>;
  template?: { id: string; version: number };
}

/** Achievement of unit i: spread over 0.35..0.98 so the ranking covers red, yellow and green. */
const qualityOf = (i: number, n: number) => (n === 1 ? 0.9 : 0.98 - (0.63 * ((i * 7) % n)) / (n - 1));

export async function seedEntity(t: TestServices, o: SeedOptions = {}) {
  const n = o.units ?? 5;
  const year = o.year ?? 2023;
  const template = o.template ?? { id: 'ori-2022-2024', version: 1 };
  const entity = await t.call('entities.create', { kind: 'pemkot', name: 'Pemerintah Kota Kupang', province: 'Nusa Tenggara Timur' });
  const units: { id: string; name: string; auditId: string }[] = [];
  for (let i = 0; i < n; i++) {
    const unit = await t.call('units.create', { entityId: entity.id, fields: { name: unitName(i), category: 'Pelayanan publik' } });
    const products = [await t.call('products.create', { unitId: unit.id, fields: { name: 'KTP-el' } }), await t.call('products.create', { unitId: unit.id, fields: { name: 'Akta Kelahiran' } })];
    const respondents = Object.fromEntries(Object.entries(o.counts ?? {}).map(([g, count]) => [g, { count, labels: [] }]));
    const create = (y: number) => t.call('audits.create', {
      unitId: unit.id, template, period: { year: y, start: `${y}-08-21`, end: `${y}-08-24` },
      auditors: [{ name: 'Maria Goreti Seran', nip: '198703142010012015' }, { name: 'Yohanes Bria' }],
      respondents: { ...respondents, ...(template.id === 'ori-2022-2024' ? { PR: { labels: products.map((p) => ({ productId: p.id })) } } : {}) },
    });
    const q = qualityOf(i, n);
    if (o.previousYear) {
      const before = await create(o.previousYear);
      await fill(t, before.audit.id, Math.max(0.2, q - 0.12), i + 100);
      await t.call('audits.seal', { auditId: before.audit.id, signOff: { ...SIGN_OFF, date: `${o.previousYear}-08-24` } });
    }
    const audit = await create(year);
    await fill(t, audit.audit.id, q, i);
    await attachPhotos(t, audit.audit.id, o.photos ?? 0, o.grain ?? false);
    if (i < n - (o.drafts ?? 0)) await t.call('audits.seal', { auditId: audit.audit.id, signOff: SIGN_OFF });
    units.push({ id: unit.id, name: unit.name, auditId: audit.audit.id });
  }
  return { entity, units, year };
}

/** Answers every slot around `quality` of the scale, with a deterministic scatter, and notes a few items. */
export async function fill(t: TestServices, auditId: string, quality: number, seed: number) {
  const { template, audit } = await t.call('audits.get', { auditId });
  let state = seed * 104729 + 7;
  const scatter = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return ((state >> 16) % 3) - 1;
  };
  for (const g of template.groups) {
    for (const [k, item] of g.items.entries()) {
      const max = item.scale === 'yesno' ? 1 : 3;
      const values = Array.from({ length: audit.respondents[g.id]!.count }, () => Math.max(0, Math.min(max, Math.round(quality * max + scatter() * 0.6))));
      await t.call('audits.answerItem', { auditId, itemId: item.id, values });
      if (k === 1) {
        await t.call('audits.note', { auditId, itemId: item.id, text: `Catatan lapangan untuk ${item.id}: papan informasi ada, tetapi belum lengkap dan belum diperbarui sejak 2022.` });
      }
    }
  }
}

export async function attachPhotos(t: TestServices, auditId: string, count: number, grain: boolean) {
  const { template } = await t.call('audits.get', { auditId });
  const items = template.groups.flatMap((g) => g.items.map((i) => i.id));
  for (let p = 0; p < count; p++) {
    const bytes = grain ? photoPng(1024, 768, p + 1, true) : photoPng(480, 360, p + 1);
    await t.call('audits.attachEvidence', {
      auditId,
      itemId: items[(p * 3) % items.length]!,
      file: { name: `foto-bukti-${String(p + 1).padStart(2, '0')}.png`, mime: 'image/png', base64: bytes.toString('base64') },
    });
  }
}
