/** opini-2025.md, "Published 2025 pairs": score, opinion label, quality word where published. */
export const PUBLISHED_2025: [string, number, string, string | null][] = [
  ['Pemprov Lampung', 88.49, 'Kualitas Tertinggi', null],
  ['Kota Metro', 84.43, 'Kualitas Tinggi', null],
  ['Kab. Pringsewu', 84.09, 'Kualitas Tinggi', null],
  ['Kab. Mesuji', 82.97, 'Kualitas Tinggi', null],
  ['Kab. Lampung Tengah', 81.1, 'Kualitas Tinggi', null],
  ['Kab. Lampung Selatan', 80.51, 'Kualitas Tinggi', null],
  ['Kab. Tulang Bawang Barat', 80.21, 'Kualitas Tinggi', null],
  ['Kab. Lampung Utara', 78.86, 'Kualitas Tinggi', null],
  ['Pemprov Maluku Utara', 65.98, 'Kualitas Sedang', 'Cukup'],
  ['Kab. Halmahera Utara', 69.63, 'Kualitas Sedang', null],
  ['Kab. Pulau Morotai', 53.38, 'Kualitas Rendah', 'Kurang'],
  ['Polres Lampung Selatan', 87.85, 'Kualitas Tinggi', 'Baik'],
  ['Polres Metro', 92.36, 'Kualitas Tertinggi', 'Sangat Baik'],
  ['Kantor Pertanahan Kota Yogyakarta', 88.52, 'Kualitas Tertinggi', 'Sangat Baik'],
  ['Polres Mesuji', 78.19, 'Kualitas Tinggi', 'Baik'],
];
