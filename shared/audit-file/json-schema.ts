import { z } from 'zod';
import { templateShapeSchema } from '../methodology/template-schema';
import { packageManifestSchema } from '../package/manifest';
import { auditFileSchema } from './schema';
import { auditFileV2Schema } from './schema-v2';

const toSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;

/** The JSON Schemas published in docs/, for people writing their own tools. */
export const auditFileJsonSchema = () => toSchema(auditFileSchema);
export const auditFileV2JsonSchema = () => toSchema(auditFileV2Schema);
export const packageManifestJsonSchema = () => toSchema(packageManifestSchema);
/** Fields only: the cross-field rules (unique ids, weights adding up, bands tiling 0..100) are `patuh templates validate`'s. */
export const templateJsonSchema = () =>
  toSchema(templateShapeSchema.meta({ title: 'Patuh methodology template', description: 'A checklist and its scoring rules, versioned; see resources/templates/ for the built-in ones.' }));
