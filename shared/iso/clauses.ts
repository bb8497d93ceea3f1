/**
 * The clauses of ISO 9001:2015 (clauses 4 to 10, the ones an audit finding can be raised
 * against), with English titles as in the standard and Indonesian titles after SNI ISO 9001:2015.
 *
 * Copied from ../shared/reference/data/iso9001_audit_reference.json and completed: the reference
 * stops at the second level for 4.4, 6.1, 6.2, 8.2 to 8.7, 9.2, 9.3 and 10.2, but audits raise
 * findings against titled sub-clauses such as 8.5.1, so those are added here. Numbered
 * paragraphs without a title of their own (e.g. 8.7.1) are left out: a finding names their clause.
 */
/** [number, English title, Indonesian title]; order is the standard's. */
const CLAUSE_ROWS: readonly (readonly [string, string, string])[] = [
  ['4', 'Context of the organization', 'Konteks organisasi'],
  ['4.1', 'Understanding the organization and its context', 'Memahami organisasi dan konteksnya'],
  ['4.2', 'Understanding the needs and expectations of interested parties', 'Memahami kebutuhan dan harapan pihak berkepentingan'],
  ['4.3', 'Determining the scope of the quality management system', 'Menentukan ruang lingkup sistem manajemen mutu'],
  ['4.4', 'Quality management system and its processes', 'Sistem manajemen mutu dan prosesnya'],
  ['5', 'Leadership', 'Kepemimpinan'],
  ['5.1', 'Leadership and commitment', 'Kepemimpinan dan komitmen'],
  ['5.1.1', 'General', 'Umum'],
  ['5.1.2', 'Customer focus', 'Fokus pelanggan'],
  ['5.2', 'Policy', 'Kebijakan'],
  ['5.2.1', 'Establishing the quality policy', 'Menetapkan kebijakan mutu'],
  ['5.2.2', 'Communicating the quality policy', 'Mengomunikasikan kebijakan mutu'],
  ['5.3', 'Organizational roles, responsibilities and authorities', 'Peran, tanggung jawab, dan wewenang organisasi'],
  ['6', 'Planning', 'Perencanaan'],
  ['6.1', 'Actions to address risks and opportunities', 'Tindakan untuk menangani risiko dan peluang'],
  ['6.2', 'Quality objectives and planning to achieve them', 'Sasaran mutu dan perencanaan untuk mencapainya'],
  ['6.3', 'Planning of changes', 'Perencanaan perubahan'],
  ['7', 'Support', 'Dukungan'],
  ['7.1', 'Resources', 'Sumber daya'],
  ['7.1.1', 'General', 'Umum'],
  ['7.1.2', 'People', 'Orang'],
  ['7.1.3', 'Infrastructure', 'Infrastruktur'],
  ['7.1.4', 'Environment for the operation of processes', 'Lingkungan untuk operasi proses'],
  ['7.1.5', 'Monitoring and measuring resources', 'Sumber daya pemantauan dan pengukuran'],
  ['7.1.5.1', 'General', 'Umum'],
  ['7.1.5.2', 'Measurement traceability', 'Ketertelusuran pengukuran'],
  ['7.1.6', 'Organizational knowledge', 'Pengetahuan organisasi'],
  ['7.2', 'Competence', 'Kompetensi'],
  ['7.3', 'Awareness', 'Kepedulian'],
  ['7.4', 'Communication', 'Komunikasi'],
  ['7.5', 'Documented information', 'Informasi terdokumentasi'],
  ['7.5.1', 'General', 'Umum'],
  ['7.5.2', 'Creating and updating', 'Membuat dan memperbarui'],
  ['7.5.3', 'Control of documented information', 'Pengendalian informasi terdokumentasi'],
  ['8', 'Operation', 'Operasi'],
  ['8.1', 'Operational planning and control', 'Perencanaan dan pengendalian operasi'],
  ['8.2', 'Requirements for products and services', 'Persyaratan untuk produk dan jasa'],
  ['8.2.1', 'Customer communication', 'Komunikasi pelanggan'],
  ['8.2.2', 'Determining the requirements for products and services', 'Penentuan persyaratan untuk produk dan jasa'],
  ['8.2.3', 'Review of the requirements for products and services', 'Tinjauan persyaratan untuk produk dan jasa'],
  ['8.2.4', 'Changes to requirements for products and services', 'Perubahan persyaratan untuk produk dan jasa'],
  ['8.3', 'Design and development of products and services', 'Desain dan pengembangan produk dan jasa'],
  ['8.3.1', 'General', 'Umum'],
  ['8.3.2', 'Design and development planning', 'Perencanaan desain dan pengembangan'],
  ['8.3.3', 'Design and development inputs', 'Masukan desain dan pengembangan'],
  ['8.3.4', 'Design and development controls', 'Pengendalian desain dan pengembangan'],
  ['8.3.5', 'Design and development outputs', 'Keluaran desain dan pengembangan'],
  ['8.3.6', 'Design and development changes', 'Perubahan desain dan pengembangan'],
  ['8.4', 'Control of externally provided processes, products and services', 'Pengendalian proses, produk, dan jasa yang disediakan pihak eksternal'],
  ['8.4.1', 'General', 'Umum'],
  ['8.4.2', 'Type and extent of control', 'Jenis dan tingkat pengendalian'],
  ['8.4.3', 'Information for external providers', 'Informasi untuk penyedia eksternal'],
  ['8.5', 'Production and service provision', 'Produksi dan penyediaan jasa'],
  ['8.5.1', 'Control of production and service provision', 'Pengendalian produksi dan penyediaan jasa'],
  ['8.5.2', 'Identification and traceability', 'Identifikasi dan ketertelusuran'],
  ['8.5.3', 'Property belonging to customers or external providers', 'Properti milik pelanggan atau penyedia eksternal'],
  ['8.5.4', 'Preservation', 'Preservasi'],
  ['8.5.5', 'Post-delivery activities', 'Kegiatan pascapenyerahan'],
  ['8.5.6', 'Control of changes', 'Pengendalian perubahan'],
  ['8.6', 'Release of products and services', 'Pelepasan produk dan jasa'],
  ['8.7', 'Control of nonconforming outputs', 'Pengendalian keluaran yang tidak sesuai'],
  ['9', 'Performance evaluation', 'Evaluasi kinerja'],
  ['9.1', 'Monitoring, measurement, analysis and evaluation', 'Pemantauan, pengukuran, analisis, dan evaluasi'],
  ['9.1.1', 'General', 'Umum'],
  ['9.1.2', 'Customer satisfaction', 'Kepuasan pelanggan'],
  ['9.1.3', 'Analysis and evaluation', 'Analisis dan evaluasi'],
  ['9.2', 'Internal audit', 'Audit internal'],
  ['9.3', 'Management review', 'Tinjauan manajemen'],
  ['9.3.1', 'General', 'Umum'],
  ['9.3.2', 'Management review inputs', 'Masukan tinjauan manajemen'],
  ['9.3.3', 'Management review outputs', 'Keluaran tinjauan manajemen'],
  ['10', 'Improvement', 'Peningkatan'],
  ['10.1', 'General', 'Umum'],
  ['10.2', 'Nonconformity and corrective action', 'Ketidaksesuaian dan tindakan korektif'],
  ['10.3', 'Continual improvement', 'Peningkatan berkelanjutan'],
];

export interface ClauseEntry {
  /** "8.5.1" */
  id: string;
  title: { en: string; id: string };
  /** 1 for "8", 2 for "8.5", 3 for "8.5.1", ... */
  depth: number;
  /** The second-level clause it belongs to ("8.5" for "8.5.1"), or itself at depth 1 and 2. */
  group: string;
}

export const CLAUSES: readonly ClauseEntry[] = CLAUSE_ROWS.map(([id, en, idTitle]) => {
  const parts = id.split('.');
  return { id, title: { en, id: idTitle }, depth: parts.length, group: parts.slice(0, 2).join('.') };
});

const BY_ID = new Map(CLAUSES.map((c) => [c.id, c]));

/** A finding names a clause from 4.1 down; the chapter headings 4 to 10 are too broad. */
export function isFindingClause(id: string): boolean {
  const clause = BY_ID.get(id);
  return !!clause && clause.depth >= 2;
}

export function findClause(id: string): ClauseEntry | undefined {
  return BY_ID.get(id);
}

/** The title; a sub-clause titled "General" names its parent too ("Resources: General"). */
export function titleOf(id: string, language: 'id' | 'en'): string {
  const clause = BY_ID.get(id);
  if (!clause) return '';
  const parent = clause.title.en === 'General' ? BY_ID.get(id.split('.').slice(0, -1).join('.')) : undefined;
  return parent ? `${parent.title[language]}: ${clause.title[language]}` : clause.title[language];
}

/** "8.5.1 Control of production and service provision" */
export function clauseLabel(id: string, language: 'id' | 'en'): string {
  const title = titleOf(id, language);
  return title ? `${id} ${title}` : id;
}

/** Clauses a finding can name whose number starts with, or whose title (either language) contains, the query. */
export function searchClauses(query: string): ClauseEntry[] {
  const q = query.trim().toLowerCase();
  const selectable = CLAUSES.filter((c) => c.depth >= 2);
  if (!q) return selectable;
  return selectable.filter(
    (c) => c.id.startsWith(q) || titleOf(c.id, 'id').toLowerCase().includes(q) || titleOf(c.id, 'en').toLowerCase().includes(q),
  );
}

/** Sorts clause numbers as the standard does: 8.5.1 before 8.10 (numeric, part by part). */
export function compareClauses(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
