import { z } from 'zod';
import { channel } from './channel';
import type { ExportedFile } from './attachments';
import { entityOverviewInput, exportAuditReportInput, exportEntityReportInput, type EntityOverview } from '../domain/reports';

/** Word reports and the entity overview. Exports ask main for the save path; null = cancelled. */
export const reportChannels = {
  /** One audit as a Word report; a draft's report is marked as a draft on every page. */
  'reports.exportAudit': channel<ExportedFile | null>()(exportAuditReportInput),
  /** One entity (all its units) for one year as a Word report. */
  'reports.exportEntity': channel<ExportedFile | null>()(exportEntityReportInput),
  'reports.entityOverview': channel<EntityOverview>()(entityOverviewInput),
  /**
   * Stops every Word report being built (audit, entity, findings): each fails with CANCELLED and
   * writes nothing. `cancelled` counts them; 0 when none was being built.
   */
  'reports.cancel': channel<{ cancelled: number }>()(z.object({}).strict()),
};
