import { DomainError } from '../../shared/contract';
import type { z } from 'zod';
import type { packageSelectionSchema } from '../../shared/domain/packages';
import type { AuditCore } from '../services/audit-core';

type Selection = z.output<typeof packageSelectionSchema>;

/** The audits a package selection names, in list order; voided audits never travel. */
export function auditIdsOf(core: AuditCore, selection: Selection): string[] {
  if ('auditIds' in selection) {
    for (const id of selection.auditIds) {
      const r = core.record(id);
      if (r.voided) throw new DomainError('READ_ONLY', 'errors.auditVoided');
    }
    return [...new Set(selection.auditIds)];
  }
  const records = 'entityId' in selection ? core.audits.list({ entityId: selection.entityId, year: selection.year, search: '' }) : core.audits.list({ search: '' });
  if (records.length === 0) throw new DomainError('NOT_FOUND', 'errors.packageNothingToExport');
  return records.map((r) => r.id);
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);

/** "dinas-kependudukan-2024.patuh", or "pemerintah-kota-kupang-2024-7-audit.patuh" for many. */
export function packageFileName(core: AuditCore, ids: readonly string[]): string {
  const first = core.record(ids[0]!);
  if (ids.length === 1) return `${slug(first.unit.name) || 'audit'}-${first.period.year}.patuh`;
  return `${slug(first.entity.name) || 'audit'}-${first.period.year}-${ids.length}-audit.patuh`;
}
