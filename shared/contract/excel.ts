import { z } from 'zod';
import { channel } from './channel';
import type { ExportedFile } from './attachments';
import { findingFilter } from '../domain/findings';
import { exportEntityReportInput } from '../domain/reports';
import { LANGUAGES } from '../domain/settings';
import type { TemplateImport } from '../domain/templates';

/** A template workbook is tens of kilobytes; 2 MB leaves room while refusing nonsense before it is unzipped. */
export const MAX_XLSX_BYTES = 2 * 1024 * 1024;
/**
 * What the channel carries at most (base64 takes 4 characters for every 3 bytes): more than the
 * limit, so a workbook a little too large gets main's message that names the limit in MB.
 */
const MAX_XLSX_BASE64 = Math.ceil((4 * MAX_XLSX_BYTES) / 3) * 4;

/**
 * Excel workbooks (.xlsx): results and the findings register out, checklist templates in. Exports
 * ask main for the save path like the Word reports (null = cancelled); an import is refused with
 * every problem named by sheet, row and column (VALIDATION, details.issues) and stores nothing.
 */
export const excelChannels = {
  /** One entity's year: sheets for the entity, its units, their dimensions and every item by respondent. */
  'reports.exportEntityXlsx': channel<ExportedFile | null>()(exportEntityReportInput),
  /** The findings register as filtered: a sheet of findings and one of their corrective actions. */
  'findings.exportXlsx': channel<ExportedFile | null>()(
    z.strictObject({ filter: findingFilter.default({ overdueOnly: false, search: '' }), language: z.enum(LANGUAGES).optional() }),
  ),
  /** A checklist template authored in Excel (docs/template-xlsx.md), stored as a normal versioned template. */
  'templates.importXlsx': channel<TemplateImport>()(
    z.strictObject({
      base64: z
        .string('validation.required')
        .min(1, 'validation.required')
        .max(MAX_XLSX_BASE64, 'validation.tooLong')
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'validation.invalid'),
    }),
  ),
};
