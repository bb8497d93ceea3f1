import { z } from 'zod';
import type { LinkedAttachment } from './attachments';
import type { ChangeEntry } from './change-history';
import { isoDateSchema } from './findings';
import { idSchema } from './registry';
import { optionalText, requiredText } from './text-fields';

/**
 * Ombudsman products ("produk pengawasan Ombudsman") that an entity must follow up, and their
 * follow-up. Since the 2025 method the opinion reads "... Tanpa Maladministrasi" only when they
 * are followed up to completion (reference opini-2025.md, "Opinion labels"). Not to be confused
 * with service products (KTP-el, izin usaha) in the registry.
 */
export const OMBUDSMAN_PRODUCT_KINDS = [
  /** LAHP: Laporan Akhir Hasil Pemeriksaan, asking for Tindakan Korektif. */
  'lahp',
  /** LHA: Laporan Hasil Analisis, with Saran Perbaikan. */
  'lha',
  /** Saran Penyempurnaan (systemic improvement advice). */
  'saran',
  'rekomendasi',
] as const;
export type OmbudsmanProductKind = (typeof OMBUDSMAN_PRODUCT_KINDS)[number];

/** Belum ditindaklanjuti, dalam proses, tuntas. */
export const FOLLOW_UP_STATUSES = ['belum', 'proses', 'tuntas'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** What is recorded about a product; the entity is fixed once recorded. */
export const ombudsmanProductFields = z
  .strictObject({
    unitId: idSchema.nullable().default(null),
    kind: z.enum(OMBUDSMAN_PRODUCT_KINDS, 'validation.invalidOption'),
    /** As printed on the letter, e.g. "0012/LM/VIII/2025/KPG". */
    number: requiredText(100),
    issuedOn: isoDateSchema,
    /** What the Ombudsman asks the entity to do. */
    request: requiredText(4000),
    dueOn: isoDateSchema,
  })
  .refine((f) => f.dueOn >= f.issuedOn, { path: ['dueOn'], message: 'validation.dueBeforeIssued' });
export type OmbudsmanProductFields = z.input<typeof ombudsmanProductFields>;

/**
 * A change of follow-up status. "Tuntas" names who confirmed completion and when; leaving
 * "tuntas" again needs a reason, since it takes the qualifier away.
 */
export const followUpInput = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ id: idSchema, status: z.literal('belum'), note: optionalText(2000).default('') }),
    z.strictObject({ id: idSchema, status: z.literal('proses'), note: optionalText(2000).default('') }),
    z.strictObject({
      id: idSchema,
      status: z.literal('tuntas'),
      completedBy: requiredText(150),
      completedOn: isoDateSchema,
      note: optionalText(2000).default(''),
    }),
  ],
  'validation.invalidOption',
);
export type FollowUpInput = z.input<typeof followUpInput>;

/** The register's filters; they combine with AND. */
export const ombudsmanProductFilter = z.strictObject({
  entityId: idSchema.optional(),
  unitId: idSchema.optional(),
  kind: z.enum(OMBUDSMAN_PRODUCT_KINDS, 'validation.invalidOption').optional(),
  status: z.enum(FOLLOW_UP_STATUSES, 'validation.invalidOption').optional(),
  /** Issued in this year. */
  year: z.number('validation.invalidType').int('validation.integer').min(2000, 'validation.tooSmall').max(2100, 'validation.tooBig').optional(),
  overdueOnly: z.boolean().default(false),
  search: z.string().trim().max(200, 'validation.tooLong').default(''),
});
export type OmbudsmanProductFilter = z.input<typeof ombudsmanProductFilter>;

export interface OmbudsmanProduct {
  id: string;
  entityId: string;
  entityName: string;
  unitId: string | null;
  unitName: string | null;
  kind: OmbudsmanProductKind;
  number: string;
  issuedOn: string;
  request: string;
  dueOn: string;
  status: FollowUpStatus;
  completedBy: string;
  completedOn: string | null;
  /** Due date passed and not tuntas (due today is not late yet). */
  overdue: boolean;
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
}

export const PRODUCT_HISTORY_KINDS = ['created', 'field', 'status', 'attachmentAdded', 'attachmentRemoved'] as const;
export type ProductHistoryKind = (typeof PRODUCT_HISTORY_KINDS)[number];
export type ProductHistoryEntry = ChangeEntry<ProductHistoryKind>;

export interface OmbudsmanProductDetail {
  product: OmbudsmanProduct;
  history: ProductHistoryEntry[];
  attachments: LinkedAttachment[];
}

/** Late: due before today and not followed up to completion. */
export function isProductOverdue(p: { dueOn: string; status: FollowUpStatus }, today: string): boolean {
  return p.status !== 'tuntas' && p.dueOn < today;
}
