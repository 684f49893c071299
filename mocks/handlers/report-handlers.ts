import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { parseFilters } from '../../src/api/contract/filter-params.ts';
import {
  DEFAULT_SORT,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  parseSort,
  sortFields,
} from '../../src/api/contract/list-params.ts';
import type { Reveal } from '../../src/api/contract/report-schemas.ts';
import { ProblemError, badRequest, problem } from '../problem.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { apiRoute, forbidPartners, pathParam } from './api-route.ts';
import { QueryReader } from './query-reader.ts';

/** Cursors are opaque and the store's own; this only keeps absurd ones away from it. */
const CURSOR_MAX_LENGTH = 1000;

export const sortReason = `expected one of ${sortFields.join(', ')}, with a leading - for descending`;

const notFound = () => new ProblemError(problem(404, 'No such report.'));

/** The case list, one case, and the audited reveal: analysts only. */
export function reportHandlers(deps: HandlerDeps) {
  return [
    http.get(
      deps.apiPath(endpoints.reports),
      apiRoute(deps, 'reports', ({ persona, query, store }) => {
        forbidPartners(persona);
        const { filters, problems } = parseFilters(query);
        const read = new QueryReader(query, problems);
        const sort = read.parsed('sort', parseSort, sortReason) ?? DEFAULT_SORT;
        const limit = read.integer('limit', 1, PAGE_SIZE_MAX) ?? PAGE_SIZE_DEFAULT;
        const cursor = read.text('cursor', CURSOR_MAX_LENGTH);
        if (read.problems.length) throw badRequest(read.problems);
        return HttpResponse.json(
          store((db) => db.listReports(persona.caller, filters, sort, limit, cursor)),
        );
      }),
    ),
    http.get(
      deps.apiPath('/reports/:id'),
      apiRoute(deps, 'report', ({ persona, pathParams, store }) => {
        forbidPartners(persona);
        const report = store((db) => db.getReport(persona.caller, pathParam(pathParams, 'id')));
        if (!report) throw notFound();
        return HttpResponse.json(report);
      }),
    ),
    http.post(
      deps.apiPath('/reports/:id/reveal'),
      apiRoute(deps, 'reveal', ({ persona, pathParams, store }) => {
        forbidPartners(persona);
        const id = pathParam(pathParams, 'id');
        const narrative = store((db) => db.revealNarrative(persona.caller, id));
        if (narrative === null) throw notFound();
        // Recorded before answering: an unrecorded reveal must never reach the client.
        const entry = deps.auditLog.record({
          action: 'reveal-narrative',
          actor: persona.token,
          reportId: id,
          at: new Date().toISOString(),
        });
        const body: Reveal = { id, narrative, revealedAt: entry.at, auditId: entry.auditId };
        return HttpResponse.json(body);
      }),
    ),
  ];
}
