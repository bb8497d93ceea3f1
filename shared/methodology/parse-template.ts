import { parseWith, type Parsed } from './issues';
import { templateProblems } from './template-checks';
import { templateShapeSchema, type MethodologyTemplate } from './template-schema';

/** Validates a template read from a file: the template, or every problem with its path. */
export function parseTemplate(raw: unknown): Parsed<MethodologyTemplate> {
  return parseWith(templateShapeSchema, raw, templateProblems);
}
