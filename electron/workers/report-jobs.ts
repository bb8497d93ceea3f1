import type { AuditReportData } from '../reports/audit-report-data';
import type { EntityReportData } from '../reports/entity-report';
import type { FindingsReportInput } from '../reports/findings-report';

/**
 * The Word reports a worker builds. What crosses to the worker is copied (structured clone), so
 * a job holds data only (no functions).
 */
export type ReportJob =
  | { kind: 'audit'; data: AuditReportData }
  | { kind: 'entity'; data: EntityReportData }
  | { kind: 'findings'; data: FindingsReportInput };

export type FindingsJob = Extract<ReportJob, { kind: 'findings' }>;
/** One finding of a findings report, with its photos: what goes across to the worker in parts. */
export type FindingPart = FindingsJob['data']['findings'][number];

/** Builds a job's report where it is called. The report libraries load only when a report is asked for. */
export async function buildReport(job: ReportJob): Promise<Buffer> {
  switch (job.kind) {
    case 'audit':
      return (await import('../reports/audit-report')).buildAuditReport(job.data);
    case 'entity':
      return (await import('../reports/entity-report')).buildEntityReport(job.data);
    case 'findings':
      return (await import('../reports/findings-report')).buildFindingsReport(job.data);
  }
}
