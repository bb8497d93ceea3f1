import { z } from 'zod';
import { channel } from './channel';
import type { ExportedFile } from './attachments';
import { templateImportInput, templateKey, type TemplateDetail, type TemplateImport, type TemplateSummary } from '../domain/templates';

/**
 * Methodology templates: built-ins plus imported versions. Import refuses a file with every
 * problem listed (VALIDATION, details.issues), and refuses an existing id+version whose content
 * differs (CONFLICT): a change to a template is a new version, never an edit.
 */
export const templateChannels = {
  'templates.list': channel<TemplateSummary[]>()(z.strictObject({})),
  'templates.get': channel<TemplateDetail>()(templateKey),
  'templates.import': channel<TemplateImport>()(templateImportInput),
  /** The template as JSON, where the user chooses; null = the user cancelled. */
  'templates.export': channel<ExportedFile | null>()(templateKey),
};
