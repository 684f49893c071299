import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { apiRoute } from './api-route.ts';

/** Who is calling, and the enumerations, countries and regions the dashboard labels with. */
export function sessionHandlers(deps: HandlerDeps) {
  return [
    http.get(
      deps.apiPath(endpoints.me),
      apiRoute(deps, 'me', ({ persona }) => HttpResponse.json(persona.me)),
    ),
    http.get(
      deps.apiPath(endpoints.metadata),
      apiRoute(deps, 'metadata', ({ persona, store }) =>
        HttpResponse.json(store((db) => db.metadata(persona.caller))),
      ),
    ),
  ];
}
