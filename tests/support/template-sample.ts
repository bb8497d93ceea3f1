import type { MethodologyTemplate } from '../../shared/methodology/template-schema';

/**
 * The sample checklist of docs/examples/template-sample.xlsx (written by docs/examples/make-template-sample.mjs,
 * read back by tests/integration/excel-template-import.test.ts). An illustration of the layout,
 * not an official instrument: every weight and band is marked as a placeholder.
 */
const PLACEHOLDER = { official: false, note: 'Contoh untuk dokumentasi; bukan angka resmi.' };

const yesNo = (id: string, label: [string, string], hint: [string, string], recommendation: [string, string]) => ({
  id, label: { id: label[0], en: label[1] }, evidenceHint: { id: hint[0], en: hint[1] }, scale: 'yesno' as const, weight: 1,
  source: PLACEHOLDER, recommendation: { id: recommendation[0], en: recommendation[1] },
});

export const SAMPLE_TEMPLATE: MethodologyTemplate = {
  id: 'contoh-standar-pelayanan',
  version: 1,
  name: { id: 'Contoh: Kepatuhan Standar Pelayanan (Inspektorat)', en: 'Sample: Service-standard compliance (inspectorate)' },
  description: {
    id: 'Templat contoh untuk docs/template-xlsx.md: tiga kelompok, bobot dan predikat contoh (bukan angka resmi).',
    en: 'Sample template for docs/template-xlsx.md: three groups, sample weights and grades (not official figures).',
  },
  validYears: { from: 2025, to: 2026 },
  legalBasis: ['UU 25/2009 tentang Pelayanan Publik', 'PermenPANRB 15/2014 tentang Pedoman Standar Pelayanan'],
  entityAggregation: 'meanOfUnits',
  bands: [
    { grade: 'A', label: { id: 'Sangat baik', en: 'Very good' }, zone: 'green', min: 88, max: 100, source: PLACEHOLDER },
    { grade: 'B', label: { id: 'Baik', en: 'Good' }, zone: 'green', min: 78, max: 87.99, source: PLACEHOLDER },
    { grade: 'C', label: { id: 'Cukup', en: 'Fair' }, zone: 'yellow', min: 51, max: 77.99, source: PLACEHOLDER },
    { grade: 'D', label: { id: 'Kurang', en: 'Poor' }, zone: 'red', min: 0, max: 50.99, source: PLACEHOLDER },
  ],
  groups: [
    {
      id: 'SP', label: { id: 'Standar pelayanan', en: 'Service standard' }, weight: 40, source: PLACEHOLDER, observation: 'documentReview',
      method: { id: 'Telaah dokumen dan pengamatan di ruang layanan', en: 'Document review and observation in the service area' },
      respondents: { kind: 'none', defaultCount: 1, label: { id: 'Pengamatan auditor', en: 'Auditor observation' } },
      items: [
        yesNo('SP-01', ['Standar pelayanan dipublikasikan', 'The service standard is published'],
          ['Foto papan atau tangkapan layar laman yang memuat standar pelayanan.', 'Photo of the board or a screenshot of the page with the service standard.'],
          ['Pasang standar pelayanan di ruang layanan dan di laman unit.', 'Display the service standard in the service area and on the unit’s web page.']),
        yesNo('SP-02', ['Maklumat pelayanan dipajang', 'The service pledge is displayed'],
          ['Foto maklumat pelayanan yang ditandatangani kepala unit.', 'Photo of the service pledge signed by the head of unit.'],
          ['Tetapkan dan pajang maklumat pelayanan yang ditandatangani kepala unit.', 'Adopt and display a service pledge signed by the head of unit.']),
        yesNo('SP-03', ['Waktu penyelesaian dicantumkan', 'The completion time is stated'],
          ['Standar pelayanan yang memuat jangka waktu penyelesaian tiap produk.', 'The service standard stating the completion time of each product.'],
          ['Cantumkan jangka waktu penyelesaian setiap produk layanan.', 'State the completion time of every service product.']),
      ],
    },
    {
      id: 'SR', label: { id: 'Sarana dan prasarana', en: 'Facilities' }, weight: 35, source: PLACEHOLDER, observation: 'observation',
      method: { id: 'Pengamatan pada 2 produk layanan', en: 'Observation of 2 service products' },
      respondents: { kind: 'product', defaultCount: 2, label: { id: 'Produk layanan', en: 'Service product' } },
      sections: [{ id: 'SR-A', label: { id: 'Ruang tunggu', en: 'Waiting area' } }, { id: 'SR-B', label: { id: 'Aksesibilitas', en: 'Accessibility' } }],
      items: [
        {
          id: 'SR-01', label: { id: 'Ruang tunggu yang layak', en: 'A proper waiting area' }, scale: 'zeroToThree', weight: 2, source: PLACEHOLDER, section: 'SR-A',
          evidenceHint: { id: '0 = tidak ada; 1 = ada kursi; 2 = kursi dan sejuk; 3 = kursi, sejuk, bersih dan ada air minum.', en: '0 = none; 1 = seats; 2 = seats and cool; 3 = seats, cool, clean and drinking water.' },
          recommendation: { id: 'Lengkapi ruang tunggu dengan kursi yang cukup, pendingin dan air minum.', en: 'Equip the waiting area with enough seats, cooling and drinking water.' },
        },
        {
          id: 'SR-02', label: { id: 'Sarana bagi pengguna berkebutuhan khusus', en: 'Facilities for users with disabilities' }, scale: 'zeroToThree', weight: 3, source: PLACEHOLDER, section: 'SR-B',
          evidenceHint: { id: 'Foto ramp, kursi roda, toilet dan loket prioritas; 3 = semuanya tersedia.', en: 'Photos of ramp, wheelchair, toilet and priority counter; 3 = all available.' },
          recommendation: { id: 'Sediakan ramp, kursi roda, toilet khusus dan loket prioritas.', en: 'Provide a ramp, a wheelchair, an accessible toilet and a priority counter.' },
        },
      ],
    },
    {
      id: 'PG', label: { id: 'Pengelolaan pengaduan', en: 'Complaint handling' }, weight: 25, source: PLACEHOLDER, observation: 'interview',
      method: { id: 'Wawancara 2 petugas pengaduan', en: 'Interviews with 2 complaint officers' },
      respondents: { kind: 'complaintOfficer', defaultCount: 2, label: { id: 'Petugas pengaduan', en: 'Complaint officer' } },
      items: [
        yesNo('PG-01', ['Ada petugas pengaduan yang ditunjuk', 'A complaint officer is appointed'],
          ['Surat keputusan penunjukan petugas pengaduan.', 'The decree appointing the complaint officer.'],
          ['Tunjuk petugas pengaduan dengan surat keputusan kepala unit.', 'Appoint a complaint officer by decree of the head of unit.']),
        yesNo('PG-02', ['Pengaduan dicatat dan ditindaklanjuti', 'Complaints are recorded and followed up'],
          ['Buku atau aplikasi pencatatan pengaduan dengan tindak lanjutnya.', 'The complaint log or application with the follow-up of each.'],
          ['Catat setiap pengaduan beserta tindak lanjut dan tanggal penyelesaiannya.', 'Record every complaint with its follow-up and the date it was resolved.']),
      ],
    },
  ],
};
