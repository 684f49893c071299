import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../api/client/http-client.ts';
import { endpoints } from '../../../api/contract/endpoints.ts';
import { filtersToParams, type Filters } from '../../../api/contract/filter-params.ts';
import { DEFAULT_SORT, formatSort } from '../../../api/contract/list-params.ts';
import { NEWEST_COUNT, caseKeys } from './case-keys.ts';

/** The few newest reports for the filters: one small page, newest first. */
export const newestReportsQueryOptions = (filters: Filters) =>
  queryOptions({
    queryKey: caseKeys.newest(filters),
    queryFn: ({ signal }) => {
      const params = filtersToParams(filters);
      params.set('sort', formatSort(DEFAULT_SORT));
      params.set('limit', String(NEWEST_COUNT));
      return apiGet(endpoints.reports, { schema: 'ReportPage', params, signal });
    },
    placeholderData: keepPreviousData,
  });
