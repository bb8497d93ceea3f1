import { z } from 'zod';
import { packageManifestSchema } from '../package/manifest';
import { auditFileSchema } from './schema';
import { auditFileV2Schema } from './schema-v2';

const toSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;

/** The JSON Schemas published in docs/, for people writing their own tools. */
export const auditFileJsonSchema = () => toSchema(auditFileSchema);
export const auditFileV2JsonSchema = () => toSchema(auditFileV2Schema);
export const packageManifestJsonSchema = () => toSchema(packageManifestSchema);
