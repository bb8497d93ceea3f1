import { z } from 'zod';
import { optionalText, storableText } from './text-fields';

/** Kinds of organisation the Ombudsman assesses (pemerintah daerah, kementerian, lembaga). */
export const ENTITY_KINDS = ['pemkot', 'pemkab', 'pemprov', 'kementerian', 'lembaga'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  province: string;
  notes: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  unitCount: number;
}

export interface ServiceUnit {
  id: string;
  entityId: string;
  name: string;
  category: string;
  address: string;
  headName: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  productCount: number;
}

export interface ServiceProduct {
  id: string;
  unitId: string;
  name: string;
  description: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const requiredName = storableText('validation.required')
  .trim()
  .min(2, 'validation.nameTooShort')
  .max(200, 'validation.tooLong');
/** An empty id is a choice not made (a select left at "—"), so it says "required", not "invalid". */
export const idSchema = z.string('validation.required').min(1, { error: 'validation.required', abort: true }).uuid('validation.invalidId');

export const entityFields = z.strictObject({
  kind: z.enum(ENTITY_KINDS, 'validation.invalidOption'),
  name: requiredName,
  province: optionalText(100).default(''),
  notes: optionalText(2000).default(''),
});
export type EntityFields = z.input<typeof entityFields>;

export const unitFields = z.strictObject({
  name: requiredName,
  category: optionalText(100).default(''),
  address: optionalText(300).default(''),
  headName: optionalText(150).default(''),
});
export type UnitFields = z.input<typeof unitFields>;

export const productFields = z.strictObject({
  name: requiredName,
  description: optionalText(1000).default(''),
});
export type ProductFields = z.input<typeof productFields>;

/** Shared by every list: free-text search and whether archived rows are shown. */
export const listOptions = {
  search: optionalText(200).default(''),
  includeArchived: z.boolean().default(false),
};
