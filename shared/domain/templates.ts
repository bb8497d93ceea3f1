import { z } from 'zod';
import type { LocalizedText, MethodologyTemplate } from '../methodology/template-schema';

/** A template as the picker and the template screen list it; built-ins first, then imported ones. */
export interface TemplateSummary {
  id: string;
  version: number;
  checksum: string;
  name: LocalizedText;
  description: LocalizedText;
  validYears: { from: number; to: number };
  /** Shipped with the app (always available) rather than imported. */
  builtin: boolean;
  groupCount: number;
  itemCount: number;
  /** Audits pinned to this version; a template in use can never change. */
  auditCount: number;
}

export interface TemplateDetail extends TemplateSummary {
  template: MethodologyTemplate;
}

export interface TemplateImport {
  template: TemplateSummary;
  /** False when the very same template (same checksum) was already there. */
  added: boolean;
}

/** Template files are tens of kilobytes; 2 MB leaves room while refusing nonsense. */
export const MAX_TEMPLATE_CHARS = 2_000_000;

export const templateKey = z.strictObject({
  id: z.string('validation.required').trim().min(1, 'validation.required').max(64, 'validation.tooLong'),
  version: z.number('validation.invalidType').int('validation.integer').min(1, 'validation.tooSmall'),
});

export const templateImportInput = z.strictObject({
  json: z.string('validation.required').min(1, 'validation.required').max(MAX_TEMPLATE_CHARS, 'validation.fileTooLarge'),
});
