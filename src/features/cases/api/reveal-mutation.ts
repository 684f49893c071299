import { useMutation } from '@tanstack/react-query';
import { apiPost } from '../../../api/client/http-client.ts';
import { endpoints } from '../../../api/contract/endpoints.ts';
import type { Reveal } from '../../../api/contract/report-schemas.ts';

/** Asks the intake API for a case's narrative unmasked; the API records the act for audit. */
export function revealReport(id: string): Promise<Reveal> {
  return apiPost(endpoints.reveal(id), { schema: 'Reveal' });
}

/**
 * The reveal of one case. The unmasked text lives only in this mutation's state (and the
 * narrative component showing it): it never enters the query cache, where another view
 * could read it, and never storage. `gcTime: 0` drops the mutation, and the text with it,
 * as soon as the case is left; a different case resets it at once.
 */
export function useRevealReport() {
  return useMutation({
    mutationFn: (id: string) => revealReport(id),
    gcTime: 0,
  });
}
