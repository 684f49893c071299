import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { parseBbox, parseFilters } from '../../src/api/contract/filter-params.ts';
import { cellSizes, dimensions, intervals } from '../../src/api/contract/aggregate-terms.ts';
import { badRequest } from '../problem.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { apiRoute } from './api-route.ts';
import { QueryReader } from './query-reader.ts';

/** Filters plus a reader for the endpoint's own parameters, their problems gathered together. */
function readQuery(query: URLSearchParams) {
  const { filters, problems } = parseFilters(query);
  return { filters, read: new QueryReader(query, problems) };
}

/** Time series, breakdowns and map bins: every role; the store scopes and suppresses. */
export function aggregateHandlers(deps: HandlerDeps) {
  return [
    http.get(
      deps.apiPath(endpoints.timeseries),
      apiRoute(deps, 'timeseries', ({ persona, query, store }) => {
        const { filters, read } = readQuery(query);
        const interval = read.choice('interval', intervals, true);
        const groupBy = read.choice('groupBy', dimensions);
        const groupLimit = read.integer('groupLimit', 1, 50);
        // A missing required value is itself a problem, so the 400 always names it.
        if (interval === null || read.problems.length) throw badRequest(read.problems);
        return HttpResponse.json(
          store((db) => db.timeSeries(persona.caller, filters, interval, groupBy, groupLimit)),
        );
      }),
    ),
    http.get(
      deps.apiPath(endpoints.breakdown),
      apiRoute(deps, 'breakdown', ({ persona, query, store }) => {
        const { filters, read } = readQuery(query);
        const dimension = read.choice('dimension', dimensions, true);
        const limit = read.integer('limit', 1, 300);
        if (dimension === null || read.problems.length) throw badRequest(read.problems);
        return HttpResponse.json(
          store((db) => db.breakdown(persona.caller, filters, dimension, limit)),
        );
      }),
    ),
    http.get(
      deps.apiPath(endpoints.countryBins),
      apiRoute(deps, 'countryBins', ({ persona, query, store }) => {
        const { filters, problems } = parseFilters(query);
        if (problems.length) throw badRequest(problems);
        return HttpResponse.json(store((db) => db.countryBins(persona.caller, filters)));
      }),
    ),
    http.get(
      deps.apiPath(endpoints.gridBins),
      apiRoute(deps, 'gridBins', ({ persona, query, store }) => {
        const { filters, read } = readQuery(query);
        const cellSize = read.numberIn('cellSize', cellSizes, true);
        const extent = read.parsed(
          'extent',
          parseBbox,
          'expected minLon,minLat,maxLon,maxLat in degrees',
          true,
        );
        if (cellSize === null || extent === null || read.problems.length) {
          throw badRequest(read.problems);
        }
        return HttpResponse.json(
          store((db) => db.gridBins(persona.caller, filters, cellSize, extent)),
        );
      }),
    ),
  ];
}
