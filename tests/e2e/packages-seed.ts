import type { AuditDetail } from '../../shared/domain/audit';
import type { SlotAnswer } from '../../shared/scoring';
import { fillItems } from './audits-seed';
import { startLaptop, type Laptop } from './fixtures';

export const LEAD = 'Maria Goreti Lake';
export const INPUT_AUDITOR = 'Yosef Bria';
export const PROSES_AUDITOR = 'Agustina Ndun Kolianus';
export const TRANSFER_PASSWORD = 'kupang-2024-rahasia';
/** A real unit name of the long kind, to see that it wraps. */
export const LONG_UNIT = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Kupang';

export interface Part {
  /** The package the lead sent. */
  path: string;
  password?: string;
  auditor: string;
  /** The dimension the auditor fills (every slot with 2). */
  group: string;
  /** What the auditor answers in IN-K1, slot 0: both auditors answer it, differently. */
  clash: SlotAnswer;
  /** Where the auditor's laptop saves the package it sends back. */
  out: string;
}

/**
 * One auditor's laptop: a fresh installation that receives its part, fills its dimension (and
 * the one slot both auditors answer), sends the audit back, and is switched off.
 */
export async function auditorWorks(auditId: string, part: Part): Promise<void> {
  const laptop = await startLaptop();
  try {
    await laptop.call('settings.update', { auditorName: part.auditor });
    await laptop.nextOpenPaths([part.path]);
    const [path] = await laptop.call<string[]>('packages.choose', {});
    await laptop.call('packages.import', { path, password: part.password ?? null });
    const detail = await laptop.call<AuditDetail>('audits.get', { auditId });
    await fillItems(laptop, detail, 2, (_, groupId) => groupId === part.group);
    await laptop.call('audits.answer', { auditId, itemId: 'IN-K1', slot: 0, value: part.clash });
    await laptop.nextSavePath(part.out);
    await laptop.call('packages.export', { selection: { auditIds: [auditId] } });
  } finally {
    await laptop.close();
  }
}

/** The lead's part for one auditor, through the API (the UI path is tested on its own). */
export async function sendPart(lead: Laptop, auditId: string, path: string, person: string, groupIds: string[], password: string | null = null): Promise<void> {
  await lead.nextSavePath(path);
  await lead.call('packages.export', { selection: { auditIds: [auditId] }, password, assignment: { person, groupIds } });
}
