import { describe, expect, it } from 'vitest';
import { markersIn, mockMarkers, mockSourcesIn, staleDetectors } from './mock-code.ts';

const markers = mockMarkers('Please do something before it is too late.');

describe('mock code in a build', () => {
  it('is found by source map: mocks/, msw, @mswjs and faker modules', () => {
    const found = mockSourcesIn([
      {
        file: 'assets/index.js',
        sources: [
          '../../../src/main.tsx',
          '../../../mocks/db/create-intake-db.ts',
          '../../../node_modules/msw/lib/core/index.mjs',
          '../../../node_modules/@mswjs/interceptors/lib/x.mjs',
          '../../../node_modules/@faker-js/faker/dist/index.js',
          // Not mock code: names that merely contain the words.
          '../../../src/features/cases/lib/mocks-free.ts',
          '../../../node_modules/mswitch/index.js',
        ],
      },
    ]);
    expect(found.map((f) => f.what)).toEqual([
      'the mocked intake API (mocks/)',
      'msw',
      'msw',
      'faker',
    ]);
  });

  it('is found by marker in minified text, and clean text has none', () => {
    const files = [
      { file: 'assets/a.js', content: 'console.warn(`[MSW] Mocking enabled.`);' },
      { file: 'assets/b.js', content: 'n.push("Please do something before it is too late.")' },
      { file: 'assets/c.js', content: 'export const x=()=>fetch("/api/v1/me")' },
    ];
    expect(markersIn(files, markers).map((f) => [f.file, f.what])).toEqual([
      ['assets/a.js', 'msw (its log prefix)'],
      ['assets/b.js', 'the report generator'],
    ]);
  });

  it('calls a detector stale when the default build does not trip it', () => {
    const everything = markers
      .filter((m) => m.inMockBuild)
      .map((m) => m.text)
      .join(' ');
    const maps = [
      { file: 'a.js.map', sources: ['../mocks/browser.ts', '../node_modules/msw/x.mjs'] },
    ];
    expect(staleDetectors([{ file: 'a.js', content: everything }], maps, markers)).toEqual([]);

    const problems = staleDetectors(
      [{ file: 'a.js', content: everything.replace('[MSW]', '') }],
      [{ file: 'a.js.map', sources: ['../src/main.tsx'] }],
      markers,
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/msw \(its log prefix\).*not in the default build/);
    expect(problems.slice(1).join('\n')).toMatch(/mocks\/[\s\S]*msw/);
  });
});
