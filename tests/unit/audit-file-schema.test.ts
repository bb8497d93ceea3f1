import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFileJsonSchema } from '../../shared/audit-file/json-schema';

/**
 * docs/audit-file.schema.json is generated from the zod schema and committed for people writing
 * their own tools. This fails when the two drift; regenerate with
 *   UPDATE_SCHEMA=1 npx vitest run tests/unit/audit-file-schema.test.ts
 */
const PATH = 'docs/audit-file.schema.json';

describe('docs/audit-file.schema.json', () => {
  it('equals the JSON Schema generated from shared/audit-file/schema.ts', () => {
    const generated = `${JSON.stringify(auditFileJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(PATH, generated);
    expect(readFileSync(PATH, 'utf8')).toBe(generated);
  });

  it('is a 2020-12 schema that closes every object', () => {
    const schema = auditFileJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.title).toBe('Patuh audit file');
  });
});
