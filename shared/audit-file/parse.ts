import type { Issue } from '../contract/result';
import { templateChecksum } from '../methodology/checksum';
import { parseWith, type Parsed, type Problem } from '../methodology/issues';
import type { MethodologyTemplate } from '../methodology/template-schema';
import { answerIssues, type UnitAnswers } from '../scoring/answers';
import { auditContentHash } from './content-hash';
import { toFormat1 } from './project';
import { auditFileSchema, type AuditFile } from './schema';
import { auditFileV2Schema, type AuditFileV2 } from './schema-v2';

/** Validates an audit file on its own (no template needed): every problem, with its path. */
export function parseAuditFile(raw: unknown): Parsed<AuditFile> {
  return parseWith(auditFileSchema, raw, auditFileProblems);
}

/** An audit file of either format: the format-1 view every reader uses, and the format-2 original if it was one. */
export interface AnyAuditFile {
  file: AuditFile;
  v2: AuditFileV2 | null;
}

export function parseAnyAuditFile(raw: unknown): Parsed<AnyAuditFile> {
  const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).formatVersion : undefined;
  if (version !== 2) {
    const v1 = parseAuditFile(raw);
    return v1.ok ? { ok: true, value: { file: v1.value, v2: null } } : v1;
  }
  const v2 = parseWith(auditFileV2Schema, raw, auditFileProblems);
  return v2.ok ? { ok: true, value: { file: toFormat1(v2.value), v2: v2.value } } : v2;
}

/** Cross-field rules, read defensively from the raw value so they run even when fields fail. */
function auditFileProblems(raw: unknown): Problem[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const f = raw as Record<string, unknown>;
  const problems: Problem[] = [];
  if (f.status === 'final') {
    if (f.signOff === null) problems.push({ path: ['signOff'], message: 'validation.finalNeedsSignOff' });
    if (f.contentHash === null) problems.push({ path: ['contentHash'], message: 'validation.finalNeedsHash' });
  }
  if (f.status === 'draft' && typeof f.contentHash === 'string') {
    problems.push({ path: ['contentHash'], message: 'validation.draftHasHash' });
  }
  const period = f.period as Record<string, unknown> | undefined;
  if (typeof period?.start === 'string' && typeof period.end === 'string' && period.start > period.end) {
    problems.push({ path: ['period', 'end'], message: 'validation.dateOrder' });
  }
  const respondents = typeof f.respondents === 'object' && f.respondents !== null ? (f.respondents as Record<string, unknown>) : {};
  for (const [groupId, r] of Object.entries(respondents)) {
    const { count, labels } = (r ?? {}) as { count?: unknown; labels?: unknown };
    if (typeof count === 'number' && Array.isArray(labels) && labels.length > count) {
      problems.push({ path: ['respondents', groupId, 'labels'], message: 'validation.tooManyLabels', params: { count } });
    }
  }
  return problems;
}

/** The answers in the shape the scoring engine reads. */
export function unitAnswersOf(file: AuditFile): UnitAnswers {
  return {
    respondentCounts: Object.fromEntries(Object.entries(file.respondents).map(([id, r]) => [id, r.count])),
    answers: file.answers,
  };
}

/**
 * Problems of a valid audit file against the template it names: a different template or an edited
 * copy (checksum), groups missing or unknown, answers off scale or beyond the slot count, notes or
 * evidence for unknown items, and a sealed audit whose content no longer matches its hash.
 */
export function auditFileIssues(file: AuditFile, template: MethodologyTemplate): Issue[] {
  const issues: Issue[] = [];
  if (file.template.id !== template.id) {
    issues.push({ path: 'template.id', message: 'validation.templateMismatch', params: { expected: template.id } });
  }
  if (file.template.version !== template.version) {
    issues.push({ path: 'template.version', message: 'validation.templateMismatch', params: { expected: template.version } });
  }
  const checksum = templateChecksum(template);
  if (file.template.checksum !== checksum) {
    issues.push({ path: 'template.checksum', message: 'validation.templateChecksum', params: { expected: checksum } });
  }
  for (const g of template.groups) {
    if (!file.respondents[g.id]) issues.push({ path: `respondents.${g.id}`, message: 'validation.required' });
  }
  // A loop, not push(...spread): a spread of 150,000 problems overflowed the call stack.
  for (const issue of answerIssues(template, unitAnswersOf(file), 'respondents')) issues.push(issue);
  const itemIds = new Set(template.groups.flatMap((g) => g.items.map((i) => i.id)));
  for (const itemId of Object.keys(file.notes)) {
    if (!itemIds.has(itemId)) issues.push({ path: `notes.${itemId}`, message: 'validation.unknownItem', params: { id: itemId } });
  }
  file.evidence.forEach((e, i) => {
    if (!itemIds.has(e.itemId)) issues.push({ path: `evidence.${i}.itemId`, message: 'validation.unknownItem', params: { id: e.itemId } });
  });
  if (file.status === 'final' && file.contentHash !== null && file.contentHash !== auditContentHash(file)) {
    issues.push({ path: 'contentHash', message: 'validation.contentHash' });
  }
  return issues;
}
