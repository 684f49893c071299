import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../api/client/http-client.ts';
import { endpoints } from '../../../api/contract/endpoints.ts';
import { caseKeys } from './case-keys.ts';

/** One whole report, personal data masked (the API masks it; revealing is separate). */
export const reportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: caseKeys.report(id),
    queryFn: ({ signal }) => apiGet(endpoints.report(id), { schema: 'Report', signal }),
  });

const MAX_ID_LENGTH = 128;

/**
 * Whether a case id from the URL is worth asking the API about. Ids are opaque, so this
 * only rules out what no id can be (empty, absurdly long, control characters): those are
 * "no report with this id" at once, without a request.
 */
export function isPlausibleReportId(id: string): boolean {
  if (id.length === 0 || id.length > MAX_ID_LENGTH) return false;
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(id)) return false;
  try {
    // A lone surrogate cannot be put in a URL at all.
    encodeURIComponent(id);
    return true;
  } catch {
    return false;
  }
}
