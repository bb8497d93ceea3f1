import { DomainError, type Handlers, type ParsedInput } from '../../shared/contract';
import type { DueItem, Finding, FindingGrade, FindingsDashboard } from '../../shared/domain/findings';
import type { Language } from '../../shared/domain/settings';
import { titleOf } from '../../shared/iso/clauses';
import { dashboardOfCounts } from '../../shared/iso/dashboard';
import { addDays, daysBetween, localDateTime } from '../../shared/iso/dates';
import type { Translate } from '../../shared/iso/history-text';
import { findingsDashboardRepo } from '../db/findings-dashboard-repo';
import type { FindingQuery, OpenActionRow } from '../db/findings-repo';
import { registryRepo } from '../db/registry-repo';
import { translator } from '../i18n';
import type { ReportImage } from '../reports/findings-report';
import { buildFindingsReportOffThread } from '../workers/report-builder';
import { attachmentStore } from './attachments';
import type { ServiceContext } from './context';
import { toCsv } from './csv';
import { saveExport } from './export-file';
import { findingsCore } from './findings-core';
import { nextTurn } from './next-turn';

type InsightHandlers = Pick<Handlers, 'findings.owners' | 'findings.dashboard' | 'findings.exportCsv' | 'findings.exportReport'>;
type Filter = ParsedInput<'findings.list'>;

const toDueItem = (r: OpenActionRow, today: string): DueItem => ({
  actionId: r.id, findingId: r.finding_id, findingNumber: r.number, entityName: r.entity_name, unitName: r.unit_name,
  clause: r.clause, grade: r.grade as FindingGrade, statement: r.statement, description: r.description, owner: r.owner,
  dueDate: r.due_date, daysLeft: daysBetween(today, r.due_date),
});

/** The bytes `read` gives, or null when the file is missing or changed (a DomainError); anything else still fails. */
function readable(read: () => Buffer): Buffer | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** CSV rows made per turn of the event loop. */
const CSV_STEP = 500;

/** What the quality manager reads: owners, the dashboard, and the CSV and Word exports. */
export function findingInsightHandlers(ctx: ServiceContext): InsightHandlers {
  const core = findingsCore(ctx);
  const { repo, today } = core;
  const registry = registryRepo(ctx.db);
  const store = attachmentStore(ctx);
  const dashboards = findingsDashboardRepo(ctx.db);

  /** The dashboard of every finding that matches, counted by the database: none is loaded to count it. */
  function dashboardInSql(q: FindingQuery, days: number): FindingsDashboard {
    const day = today();
    const due = dashboards.dueBy(q, day, addDays(day, days)).map((a) => toDueItem(a, day));
    return dashboardOfCounts(
      dashboards.groupCounts(q, day),
      { overdue: due.filter((d) => d.daysLeft < 0), dueSoon: due.filter((d) => d.daysLeft >= 0) },
      day,
      days,
    );
  }

  const yesNo = (t: Translate, v: boolean) => t(v ? 'findings.csv.yes' : 'findings.csv.no');

  function scopeText(filter: Filter, t: Translate): string {
    const parts = [
      filter.entityId ? registry.getEntity(filter.entityId)?.name : t('findings.report.allEntities'),
      filter.unitId ? registry.getUnit(filter.unitId)?.name : undefined,
      filter.clause ? `${t('findings.fields.clause')} ${filter.clause}` : undefined,
      filter.grade ? t(`findings.grade.${filter.grade}`) : undefined,
      filter.status ? t(`findings.status.${filter.status}`) : undefined,
      filter.owner ? `${t('findings.fields.owner')}: ${filter.owner}` : undefined,
      filter.dueFrom || filter.dueTo ? `${t('findings.fields.dueDate')}: ${filter.dueFrom ?? '…'} – ${filter.dueTo ?? '…'}` : undefined,
      filter.overdueOnly ? t('findings.filters.overdueOnly') : undefined,
      filter.search ? `“${filter.search}”` : undefined,
    ];
    return parts.filter(Boolean).join(' · ');
  }

  return {
    'findings.owners': (scope) => repo.owners(scope),
    'findings.dashboard': ({ dueSoonDays, ...scope }) =>
      dashboardInSql({ ...scope, search: '' }, dueSoonDays ?? ctx.settings.get().dueSoonDays),

    'findings.exportCsv': async (filter) => {
      const language = ctx.settings.get().language;
      const t = translator(language) as unknown as Translate;
      const h = (key: string) => t(`findings.${key}`);
      const header = [
        '#', h('fields.entity'), h('fields.unit'), h('fields.clause'), h('csv.clauseTitle'), h('fields.grade'), h('fields.status'),
        h('fields.statement'), h('fields.requirement'), h('fields.evidence'), h('fields.auditor'), h('fields.foundOn'),
        h('fields.nextDue'), h('fields.owners'), h('list.overdue'), h('csv.ageDays'), h('fields.rootCause'),
        h('fields.verifiedBy'), h('fields.verifiedOn'), h('fields.closedOn'), h('fields.auditItemRef'),
      ];
      const row = (f: Finding) => [
        f.number, f.entityName, f.unitName ?? '', f.clause, titleOf(f.clause, language), t(`findings.grade.${f.grade}`),
        t(`findings.status.${f.status}`), f.statement, f.requirement, f.evidence, f.auditor, f.foundOn, f.nextDue ?? '',
        f.owners.join('; '), yesNo(t, f.overdue), f.ageDays, f.rootCause, f.verifiedBy, f.verifiedOn ?? '', f.closedOn ?? '', f.auditItemRef,
      ];
      // After the dialog, and in steps with the event loop free between them: 5,000 rows in one go held it 170 ms.
      const content = async () => {
        const findings = core.list(filter);
        const rows: ReturnType<typeof row>[] = [];
        for (let i = 0; i < findings.length; i += CSV_STEP) {
          rows.push(...findings.slice(i, i + CSV_STEP).map(row));
          await nextTurn();
        }
        return toCsv(header, rows);
      };
      return saveExport(ctx, { defaultName: `${t('findings.export.csvFileBase')}-${today()}.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }] }, content);
    },

    'findings.exportReport': async ({ filter, language: chosen }) => {
      const settings = ctx.settings.get();
      const language: Language = chosen ?? settings.language;
      const t = translator(language) as unknown as Translate;
      const findings = core.list(filter).sort((a, b) => a.number - b.number);
      // Built in a worker thread (issue 10), the findings read and sent in parts.
      const head = { kind: 'findings' as const, data: {
        language,
        institutionName: settings.institutionName,
        scope: scopeText(filter, t),
        generatedAt: localDateTime(ctx.now()),
        dashboard: dashboardInSql(filter, settings.dueSoonDays),
        findings: [],
      } };
      // Asked where to save first, as the other reports: the user does not wait for a dialog, and a cancelled one builds nothing.
      const content = () => buildFindingsReportOffThread(head, findings, (f) => {
        const detail = core.detail(f.id);
        // A photo missing from this laptop or changed on disk is listed by its name, not shown; the report still builds.
        const images: ReportImage[] = detail.attachments
          .filter((a) => a.mime === 'image/png' || a.mime === 'image/jpeg')
          .flatMap((a) => {
            const bytes = readable(() => store.read(a.sha256));
            return bytes ? [{ name: a.name, type: a.mime === 'image/png' ? 'png' as const : 'jpg' as const, bytes }] : [];
          });
        return { detail, images };
      });
      return saveExport(
        ctx,
        { defaultName: `${t('findings.export.reportFileBase')}-${today()}.docx`, filters: [{ name: 'Word', extensions: ['docx'] }] },
        content,
      );
    },
  };
}

