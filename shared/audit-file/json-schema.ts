import { z } from 'zod';
import { auditFileSchema } from './schema';

/** The JSON Schema published as docs/audit-file.schema.json, for people writing their own tools. */
export function auditFileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(auditFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
