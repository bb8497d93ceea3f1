import { DomainError, validationError } from '../../shared/contract';
import type { Finding, FindingDetail } from '../../shared/domain/findings';
import { localDate } from '../../shared/iso/dates';
import { isOpenStatus } from '../../shared/iso/workflow';
import { findingsRepo, type FindingQuery, type HistoryValues } from '../db/findings-repo';
import type { ServiceContext } from './context';

/**
 * What every findings service shares: the repository, the clock, one transaction per write and
 * the history row each change leaves (same transaction, same time stamp, the user as actor).
 */
export function findingsCore(ctx: ServiceContext) {
  const repo = findingsRepo(ctx.db);
  /** Due dates are calendar dates on the user's laptop. */
  const today = () => localDate(ctx.now());

  function mustFind(id: string): Finding {
    const finding = repo.get(id, today());
    if (!finding) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'finding' });
    return finding;
  }

  return {
    repo,
    today,
    stamp: () => ctx.now().toISOString(),
    /** IMMEDIATE: another process's write is waited out, not refused (see audit-core.ts). */
    tx: <T>(fn: () => T): T => ctx.db.transaction(fn).immediate(),
    mustFind,
    /** Closed and rejected findings are a record: reopen a rejected one first. */
    mustBeWritable(finding: Finding): void {
      if (!isOpenStatus(finding.status)) throw new DomainError('READ_ONLY', 'findings.refused.locked');
    },
    record(findingId: string, at: string, entries: HistoryValues[]): void {
      const actor = ctx.settings.get().auditorName;
      for (const entry of entries) repo.addHistory(findingId, at, actor, entry);
    },
    /** Every matching finding in full, for the exports; the register asks for pages of summaries. */
    list: (filter: FindingQuery): Finding[] => repo.list(filter, today()),
    detail(id: string): FindingDetail {
      const finding = mustFind(id);
      return { finding, actions: repo.actions(id, today()), history: repo.history(id), attachments: repo.attachments(id) };
    },
  };
}
export type FindingsCore = ReturnType<typeof findingsCore>;

export const invalid = (path: string, message: string) => validationError([{ path, message }]);

/** Shared with the Ombudsman products register. */
export { fieldChanges } from '../../shared/domain/change-history';
