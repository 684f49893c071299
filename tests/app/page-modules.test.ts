import { describe, expect, it } from 'vitest';
import { matchRoutes } from 'react-router';
import { pageFor } from '../../src/app/routes/page-modules.ts';
import { createRoutes } from '../../src/app/routes/routes.tsx';

/** The page chunk the router itself loads for a path: the matched route's `lazy` entry. */
function routerPage(pathname: string): string | null {
  const leaf = matchRoutes(createRoutes(), pathname)?.at(-1)?.route;
  return leaf?.lazy ? (leaf.path ?? 'index') : null;
}

describe('the page chunk asked for as the app starts', () => {
  it.each([
    ['/', 'overview', 'index'],
    ['/trends', 'trends', 'trends'],
    ['/map/', 'map', 'map'],
    ['/Cases', 'cases', 'cases'],
    ['/cases/R-000123', 'caseDetail', 'cases/:id'],
    ['/cases/R-1/', 'caseDetail', 'cases/:id'],
    ['/nowhere', null, null],
    ['/cases/R-1/extra', null, null],
  ])('for %s is %s, the page the router draws there', (path, page, route) => {
    expect(pageFor(path)).toBe(page);
    expect(routerPage(path)).toBe(route);
  });
});
