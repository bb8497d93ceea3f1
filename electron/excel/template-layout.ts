/**
 * The layout of a checklist template workbook (docs/template-xlsx.md): four sheets, each found by
 * its Indonesian or English name, columns found by their header text. The reader, the writer (the
 * sample workbook) and the documentation all follow this one table.
 */

export type FieldKind = 'text' | 'number' | 'integer' | 'yesNo' | 'option';

export interface FieldDef {
  /** Header (or, on the Templat sheet, row label) in Indonesian and in English; the first is written. */
  names: readonly [string, string];
  kind: FieldKind;
  /** A blank cell is a problem; optional fields may stay empty. */
  required: boolean;
  /** For `option`: each stored value and the words a user may write for it. */
  options?: Readonly<Record<string, readonly string[]>>;
  /** Width the writer gives the column, in characters. */
  width?: number;
}

export const SHEET_NAMES = {
  header: ['Templat', 'Template'],
  bands: ['Predikat', 'Bands'],
  groups: ['Kelompok', 'Groups'],
  items: ['Butir', 'Items'],
} as const;
export type SheetKey = keyof typeof SHEET_NAMES;

const field = (id: string, en: string, kind: FieldKind, required = true, width = 16): FieldDef => ({ names: [id, en], kind, required, width });
const option = (id: string, en: string, options: Record<string, readonly string[]>, required = true): FieldDef => ({ names: [id, en], kind: 'option', required, options, width: 18 });

export const OBSERVATION_WORDS = { interview: ['wawancara', 'interview'], observation: ['observasi', 'observation'], documentReview: ['telaah dokumen', 'document review'], mixed: ['campuran', 'mixed'] } as const;
export const RESPONDENT_WORDS = {
  official: ['pejabat', 'official'], product: ['produk', 'product'], user: ['pengguna layanan', 'service user', 'pengguna', 'user'],
  complaintOfficer: ['petugas pengaduan', 'complaint officer'], none: ['tidak ada', 'none'],
} as const;
export const SCALE_WORDS = { yesno: ['ya/tidak', 'yes/no'], zeroToThree: ['0-3', '0 - 3'] } as const;
export const ZONE_WORDS = { green: ['hijau', 'green'], yellow: ['kuning', 'yellow'], red: ['merah', 'red'] } as const;
export const AGGREGATION_WORDS = { meanOfUnits: ['rata-rata unit', 'mean of units'], meanOfProducts: ['rata-rata produk', 'mean of products'] } as const;
export const YES_WORDS = ['ya', 'yes', 'true', 'benar', '1'];
export const NO_WORDS = ['tidak', 'no', 'false', 'salah', '0'];

/** The Templat sheet: one field per row, its label in column A and its value in column B. */
export const HEADER_FIELDS = {
  id: field('ID', 'ID', 'text'),
  version: field('Versi', 'Version', 'integer'),
  nameId: field('Nama (id)', 'Name (id)', 'text'),
  nameEn: field('Nama (en)', 'Name (en)', 'text'),
  descriptionId: field('Deskripsi (id)', 'Description (id)', 'text'),
  descriptionEn: field('Deskripsi (en)', 'Description (en)', 'text'),
  yearFrom: field('Tahun dari', 'Year from', 'integer'),
  yearTo: field('Tahun sampai', 'Year to', 'integer'),
  aggregation: option('Agregasi entitas', 'Entity aggregation', AGGREGATION_WORDS, false),
  /** May be given on several rows, one legal basis each. */
  legalBasis: field('Dasar hukum', 'Legal basis', 'text', false),
} satisfies Record<string, FieldDef>;
export const HEADER_COLUMNS = { label: ['Isian', 'Field'], value: ['Nilai', 'Value'] } as const;

export const BAND_COLUMNS = {
  grade: field('Predikat', 'Grade', 'text', false, 10),
  nameId: field('Nama (id)', 'Name (id)', 'text', true, 24),
  nameEn: field('Nama (en)', 'Name (en)', 'text', true, 24),
  zone: option('Zona', 'Zone', ZONE_WORDS),
  min: field('Dari', 'From', 'number', true, 8),
  max: field('Sampai', 'To', 'number', true, 8),
  official: field('Resmi', 'Official', 'yesNo', true, 8),
  source: field('Sumber', 'Source', 'text', true, 40),
} satisfies Record<string, FieldDef>;

export const GROUP_COLUMNS = {
  code: field('Kode', 'Code', 'text', true, 10),
  nameId: field('Nama (id)', 'Name (id)', 'text', true, 24),
  nameEn: field('Nama (en)', 'Name (en)', 'text', true, 24),
  weight: field('Bobot', 'Weight', 'number', true, 8),
  official: field('Bobot resmi', 'Official weight', 'yesNo', true, 10),
  source: field('Sumber bobot', 'Weight source', 'text', true, 40),
  observation: option('Cara pengamatan', 'Observation', OBSERVATION_WORDS),
  methodId: field('Metode (id)', 'Method (id)', 'text', true, 30),
  methodEn: field('Metode (en)', 'Method (en)', 'text', true, 30),
  respondentKind: option('Jenis responden', 'Respondent kind', RESPONDENT_WORDS),
  respondentCount: field('Jumlah responden', 'Respondent count', 'integer', true, 10),
  respondentLabelId: field('Label responden (id)', 'Respondent label (id)', 'text', true, 20),
  respondentLabelEn: field('Label responden (en)', 'Respondent label (en)', 'text', true, 20),
} satisfies Record<string, FieldDef>;

export const ITEM_COLUMNS = {
  group: field('Kelompok', 'Group', 'text', true, 10),
  code: field('Kode', 'Code', 'text', true, 10),
  questionId: field('Pertanyaan (id)', 'Question (id)', 'text', true, 40),
  questionEn: field('Pertanyaan (en)', 'Question (en)', 'text', true, 40),
  scale: option('Skala', 'Scale', SCALE_WORDS),
  weight: field('Bobot', 'Weight', 'number', true, 8),
  /** Blank: the item's weight has its group's source. */
  official: field('Bobot resmi', 'Official weight', 'yesNo', false, 10),
  source: field('Sumber bobot', 'Weight source', 'text', false, 30),
  evidenceId: field('Petunjuk bukti (id)', 'Evidence hint (id)', 'text', true, 40),
  evidenceEn: field('Petunjuk bukti (en)', 'Evidence hint (en)', 'text', true, 40),
  recommendationId: field('Saran rekomendasi (id)', 'Suggested recommendation (id)', 'text', false, 40),
  recommendationEn: field('Saran rekomendasi (en)', 'Suggested recommendation (en)', 'text', false, 40),
  section: field('Bagian', 'Section', 'text', false, 10),
  sectionNameId: field('Nama bagian (id)', 'Section name (id)', 'text', false, 24),
  sectionNameEn: field('Nama bagian (en)', 'Section name (en)', 'text', false, 24),
} satisfies Record<string, FieldDef>;

/** How headers, labels and option words are compared: case, spacing and dash kind do not matter. */
export const normalizeWord = (text: string): string => text.toLowerCase().replace(/[\u2012-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
