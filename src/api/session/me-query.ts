import { queryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useEarlyQuery } from '../../lib/use-early-query.ts';
import { apiGet } from '../client/http-client.ts';
import { endpoints } from '../contract/endpoints.ts';
import type { Me } from '../contract/session-schemas.ts';

/**
 * Who is calling, and the labels and places they may filter by. Shared by every view, so
 * they live here rather than in a feature. Both change only when the session does, and a
 * session change clears the whole cache, so they can stay fresh for long.
 */

export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
  metadata: () => [...sessionKeys.all, 'metadata'] as const,
};

export const meQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.me(),
    queryFn: ({ signal }) => apiGet(endpoints.me, { schema: 'Me', signal }),
    staleTime: 10 * 60_000,
  });

export const metadataQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.metadata(),
    queryFn: ({ signal }) => apiGet(endpoints.metadata, { schema: 'Metadata', signal }),
    staleTime: 10 * 60_000,
  });

/**
 * Most of every page waits for `/me` (k, the role, the scope), so its answer mounts the
 * page's views, their queries and their skeletons at once. Its data is taken as a deferred
 * value: the render that mounts them is a background render React splits into short slices,
 * not one long task. Until that render, the answer reads as not in yet.
 */
export function useMe(): UseQueryResult<Me> {
  // Asked for in the first render (the header's), not after the first commit: on a cold load
  // that commit came ~200 ms later, and most of the page waits for this answer.
  const query = useEarlyQuery(meQueryOptions());
  // The data, not the result: the result is a new object at every render.
  const data = useDeferredValue(query.data);
  if (data === query.data) return query;
  // A view of the result with the deferred data. Not a spread copy: React Query re-renders
  // a component only for the fields it read, and a spread reads them all.
  return new Proxy(query, {
    get: (target, field) => (field === 'data' ? data : Reflect.get(target, field)),
  });
}

export function useMetadata() {
  return useEarlyQuery(metadataQueryOptions());
}
