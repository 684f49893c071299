import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../client/http-client.ts';
import { endpoints } from '../contract/endpoints.ts';
import { Me, Metadata } from '../contract/session-schemas.ts';

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
    queryFn: ({ signal }) => apiGet(endpoints.me, { schema: Me, signal }),
    staleTime: 10 * 60_000,
  });

export const metadataQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.metadata(),
    queryFn: ({ signal }) => apiGet(endpoints.metadata, { schema: Metadata, signal }),
    staleTime: 10 * 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}

export function useMetadata() {
  return useQuery(metadataQueryOptions());
}
