import type { OmbudsmanProductFields } from '../../shared/domain/products';
import type { TestServices } from './helpers';

/** An Ombudsman LAHP for the entity, as a representative records it; the clock stands at 2026-03-02. */
export function recordProduct(s: TestServices, entityId: string, fields: Partial<OmbudsmanProductFields> = {}) {
  return s.call('ombudsman.create', {
    entityId,
    fields: {
      kind: 'lahp',
      number: '0012/LM/VIII/2025/KPG',
      issuedOn: '2025-08-12',
      request: 'Tetapkan standar waktu layanan akta kelahiran dan umumkan di loket',
      dueOn: '2025-09-11',
      ...fields,
    },
  });
}

export const TUNTAS = { status: 'tuntas', completedBy: 'Yohana Lay', completedOn: '2025-09-01' } as const;
