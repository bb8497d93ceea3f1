import classicJson from '../../resources/templates/ori-2016-2021.json';
import revisedJson from '../../resources/templates/ori-2022-2024.json';
import opini2025Json from '../../resources/templates/ori-opini-2025.json';
import { methodologyTemplateSchema, type MethodologyTemplate } from './template-schema';

/**
 * The templates shipped with the app, parsed through the schema at load time so a broken data
 * file fails loudly in tests and at start-up rather than producing wrong scores later.
 */
function load(raw: unknown, file: string): MethodologyTemplate {
  const parsed = methodologyTemplateSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Built-in template ${file} is invalid: ${where}`);
  }
  return Object.freeze(parsed.data);
}

/** Newest method first: the order the UI offers them in. */
export const BUILTIN_TEMPLATES: readonly MethodologyTemplate[] = Object.freeze([
  load(opini2025Json, 'ori-opini-2025.json'),
  load(revisedJson, 'ori-2022-2024.json'),
  load(classicJson, 'ori-2016-2021.json'),
]);

/** A built-in template by id, and by version when given (else the latest version of that id). */
export function findBuiltinTemplate(id: string, version?: number): MethodologyTemplate | undefined {
  const matches = BUILTIN_TEMPLATES.filter((t) => t.id === id && (version === undefined || t.version === version));
  return matches.sort((a, b) => b.version - a.version)[0];
}
