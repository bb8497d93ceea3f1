import type { CorrectiveAction, Finding } from '../../shared/domain/findings';
import type { Language } from '../../shared/domain/settings';
import { titleOf } from '../../shared/iso/clauses';
import { translator } from '../i18n';
import type { Translate } from '../reports/report-common';
import { addTableSheet, newWorkbook, workbookBytes, type Column, type ColumnKind } from './xlsx-kit';

export interface FindingsWorkbookData {
  language: Language;
  generatedAt: Date;
  /** The register as filtered, in number order, each with its corrective actions. */
  findings: { finding: Finding; actions: CorrectiveAction[] }[];
}

/**
 * The ISO 9001 findings register as a workbook: one sheet of findings (clause, grade, status,
 * dates as Excel dates, owners, overdue flag) and one of their corrective actions. Headers are
 * the register's own field names, as the CSV export uses them.
 */
export async function buildFindingsWorkbook(data: FindingsWorkbookData): Promise<Buffer> {
  const { language } = data;
  const t = translator(language) as unknown as Translate;
  const f = (key: string, kind: ColumnKind): Column => ({ header: t(`findings.${key}`), kind });
  const x = (key: string, kind: ColumnKind): Column => ({ header: t(`excel.findings.columns.${key}`), kind });
  const yesNo = (v: boolean) => t(v ? 'findings.csv.yes' : 'findings.csv.no');
  const wb = await newWorkbook(t('findings.report.title'), data.generatedAt);

  addTableSheet(wb, t('excel.findings.sheets.findings'), [
    x('number', 'integer'), f('fields.entity', 'text'), f('fields.unit', 'text'), f('fields.clause', 'text'), f('csv.clauseTitle', 'text'),
    f('fields.grade', 'text'), f('fields.status', 'text'), f('fields.statement', 'longText'), f('fields.requirement', 'longText'),
    f('fields.evidence', 'longText'), f('fields.auditor', 'text'), f('fields.foundOn', 'date'), f('fields.nextDue', 'date'),
    f('fields.owners', 'text'), f('list.overdue', 'text'), f('csv.ageDays', 'integer'), f('fields.rootCause', 'longText'),
    f('fields.verifiedBy', 'text'), f('fields.verifiedOn', 'date'), f('fields.closedOn', 'date'), x('actions', 'integer'),
    x('openActions', 'integer'), f('fields.auditItemRef', 'text'),
  ], data.findings.map(({ finding: v }) => [
    v.number, v.entityName, v.unitName, v.clause, titleOf(v.clause, language), t(`findings.grade.${v.grade}`), t(`findings.status.${v.status}`),
    v.statement, v.requirement, v.evidence, v.auditor, v.foundOn, v.nextDue, v.owners.join('; '), yesNo(v.overdue), v.ageDays, v.rootCause,
    v.verifiedBy, v.verifiedOn, v.closedOn, v.actionCount, v.openActionCount, v.auditItemRef,
  ]));

  addTableSheet(wb, t('excel.findings.sheets.actions'), [
    x('number', 'integer'), f('fields.clause', 'text'), f('fields.grade', 'text'), x('findingStatus', 'text'), f('fields.description', 'longText'),
    f('fields.owner', 'text'), f('fields.dueDate', 'date'), f('fields.doneOn', 'date'), f('fields.doneNote', 'longText'), f('list.overdue', 'text'),
  ], data.findings.flatMap(({ finding: v, actions }) => actions.map((a) => [
    v.number, v.clause, t(`findings.grade.${v.grade}`), t(`findings.status.${v.status}`), a.description, a.owner, a.dueDate, a.doneOn,
    a.doneNote, yesNo(a.overdue),
  ])));

  return workbookBytes(wb);
}
