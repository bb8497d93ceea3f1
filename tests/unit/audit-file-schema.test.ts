import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFileJsonSchema, auditFileV2JsonSchema, packageManifestJsonSchema, templateJsonSchema } from '../../shared/audit-file/json-schema';

/**
 * The JSON Schemas in docs/ are generated from the zod schemas and committed for people writing
 * their own tools. This fails when they drift; regenerate with
 *   UPDATE_SCHEMA=1 npx vitest run tests/unit/audit-file-schema.test.ts
 */
const SCHEMAS = [
  ['docs/audit-file.schema.json', auditFileJsonSchema, 'Patuh audit file'],
  ['docs/audit-file-v2.schema.json', auditFileV2JsonSchema, 'Patuh audit file, format 2'],
  ['docs/package-manifest.schema.json', packageManifestJsonSchema, 'Patuh package manifest'],
  ['docs/template.schema.json', templateJsonSchema, 'Patuh methodology template'],
] as const;

describe.each(SCHEMAS)('%s', (path, generate, title) => {
  it('equals the JSON Schema generated from its zod schema', () => {
    const generated = `${JSON.stringify(generate(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it('is a 2020-12 schema that closes every object', () => {
    const schema = generate();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.title).toBe(title);
  });
});
