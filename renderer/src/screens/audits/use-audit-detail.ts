import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { useApi } from '../../api/queries';

/**
 * The checklist's server state: one audits.get per audit, kept in the query cache. Writes patch
 * the cache with what main acknowledged instead of refetching the whole audit on every keypress;
 * a refetch racing an answer could otherwise bring back a value main has already replaced.
 */
export function useAuditDetail(auditId: string) {
  const client = useQueryClient();
  const query = useApi('audits.get', { auditId });
  const key = useMemo(() => ['audits.get', { auditId }], [auditId]);

  const patch = useCallback(
    (fn: (d: AuditDetail) => AuditDetail) => client.setQueryData<AuditDetail>(key, (d) => (d ? fn(d) : d)),
    [client, key],
  );
  const replace = useCallback((d: AuditDetail) => client.setQueryData<AuditDetail>(key, d), [client, key]);
  /**
   * Lists and the trail follow at their next display; evidence previews (data: URLs, heavy) only
   * when evidence changed, not on every answer.
   */
  const touchDerived = useCallback(
    (evidence = false) => {
      const channels = evidence ? ['audits.list', 'audits.trail', 'audits.evidence'] : ['audits.list', 'audits.trail'];
      return client.invalidateQueries({ predicate: (q) => channels.includes(String(q.queryKey[0])) });
    },
    [client],
  );
  const cache = useMemo(() => ({ patch, replace, touchDerived }), [patch, replace, touchDerived]);
  return { query, cache };
}

export type AuditCache = ReturnType<typeof useAuditDetail>['cache'];
