import { z } from 'zod';
import { channel } from './channel';
import { attachmentUpload, sha256Schema, type LinkedAttachment } from '../domain/attachments';
import {
  followUpInput,
  ombudsmanProductFields,
  ombudsmanProductFilter,
  type OmbudsmanProduct,
  type OmbudsmanProductDetail,
} from '../domain/products';
import { idSchema } from '../domain/registry';
import type { MaladministrationStanding } from '../opini/maladministration';

const year = z.number('validation.invalidType').int('validation.integer').min(2000, 'validation.tooSmall').max(2100, 'validation.tooBig');

/**
 * The register of Ombudsman products (LAHP, LHA, Saran Penyempurnaan, Rekomendasi) and their
 * follow-up. Named `ombudsman.*`: `products.*` are the registry's service products.
 */
export const ombudsmanProductChannels = {
  'ombudsman.list': channel<OmbudsmanProduct[]>()(ombudsmanProductFilter),
  'ombudsman.get': channel<OmbudsmanProductDetail>()(z.strictObject({ id: idSchema })),
  'ombudsman.create': channel<OmbudsmanProduct>()(z.strictObject({ entityId: idSchema, fields: ombudsmanProductFields })),
  'ombudsman.update': channel<OmbudsmanProduct>()(z.strictObject({ id: idSchema, fields: ombudsmanProductFields })),
  'ombudsman.setStatus': channel<OmbudsmanProduct>()(followUpInput),
  'ombudsman.attach': channel<LinkedAttachment>()(z.strictObject({ productId: idSchema, file: attachmentUpload })),
  'ombudsman.detach': channel<null>()(z.strictObject({ productId: idSchema, sha256: sha256Schema })),
  /** Whether the entity's opinion for the year may read "... Tanpa Maladministrasi", and what stands in the way. */
  'ombudsman.standing': channel<MaladministrationStanding>()(z.strictObject({ entityId: idSchema, year })),
};
