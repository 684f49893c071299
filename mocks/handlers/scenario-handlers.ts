import { http, HttpResponse } from 'msw';
import { MockScenario } from '../scenarios.ts';
import { problem, problemResponse } from '../problem.ts';
import type { HandlerDeps } from './handler-deps.ts';

export const SCENARIO_PATH = '/__mock/scenario';

/**
 * `/__mock/scenario`: read, replace (PUT, the whole scenario; omitted fields take their
 * defaults) and reset (DELETE) the failure scenario. It is served by the same handlers as
 * the API, so the browser worker, Vitest and the HTTP server are all controlled alike. It
 * never fails itself, whatever the scenario says.
 */
export function scenarioHandlers(deps: HandlerDeps) {
  const path = deps.rootPath(SCENARIO_PATH);
  return [
    http.get(path, () => HttpResponse.json(deps.scenario.get())),
    http.put(path, async ({ request }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await request.text());
      } catch {
        return problemResponse(
          problem(400, 'The body is not JSON.', [{ name: 'body', reason: 'not JSON' }]),
        );
      }
      const parsed = MockScenario.safeParse(raw);
      if (!parsed.success) {
        const invalidParams = parsed.error.issues.map((i) => ({
          name: ['body', ...i.path.map(String)].join('.'),
          reason: i.message,
        }));
        return problemResponse(problem(400, 'The body is not a valid scenario.', invalidParams));
      }
      return HttpResponse.json(deps.scenario.set(parsed.data));
    }),
    http.delete(path, () => HttpResponse.json(deps.scenario.reset())),
  ];
}
