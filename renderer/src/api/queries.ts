import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, Input, Output } from '../../../shared/contract';
import { call } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    // Data lives on this laptop: no retries against a server, no refetch on focus.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

/** Server state: cached by channel and input. */
export function useApi<C extends Channel>(channel: C, input: Input<C>, enabled = true) {
  return useQuery({ queryKey: [channel, input], queryFn: () => call(channel, input), enabled });
}

/**
 * A write. On success every cached query of the listed domains (the part of the channel name
 * before the dot) is refreshed, so lists and counts follow what main stored.
 */
export function useApiMutation<C extends Channel>(channel: C, refreshDomains: string[]) {
  const client = useQueryClient();
  return useMutation<Output<C>, Error, Input<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () =>
      client.invalidateQueries({
        predicate: (q) => refreshDomains.includes(String(q.queryKey[0]).split('.')[0] ?? ''),
      }),
  });
}
