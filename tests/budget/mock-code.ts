/**
 * Finding mock code in a build. Two independent ways, so that neither a minifier nor a
 * build setting can hide it:
 *  - the source maps' `sources`: any module under mocks/ or from msw, @mswjs or faker;
 *  - strings that survive minification, taken from the mock code itself.
 * Each way is first checked against the default (mock) build, where the mock code must be
 * found: a marker that no longer matches anything there is stale, and the check says so
 * instead of passing quietly.
 */

/** Module paths (as source maps list them) that are mock code. */
export const MOCK_SOURCE_PATTERNS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'the mocked intake API (mocks/)', pattern: /(^|\/)mocks\// },
  { what: 'msw', pattern: /node_modules\/(msw|@mswjs)\// },
  { what: 'faker', pattern: /node_modules\/(@faker-js|faker)\// },
];

export interface Marker {
  what: string;
  text: string;
  /** Expected in the default build (false for code the mocks do not use today, e.g. faker). */
  inMockBuild: boolean;
}

/**
 * `generatorSentence`: a sentence the narrative generator writes (passed in, read from
 * mocks/generator, so it follows edits there).
 */
export function mockMarkers(generatorSentence: string): Marker[] {
  return [
    { what: 'msw (its log prefix)', text: '[MSW]', inMockBuild: true },
    { what: 'the MSW worker registration', text: 'mockServiceWorker', inMockBuild: true },
    { what: 'the report generator', text: generatorSentence, inMockBuild: true },
    {
      what: 'the seeded store (mocks/db)',
      text: 'CountTable: add after resolve',
      inMockBuild: true,
    },
    { what: 'the mocked handlers', text: 'Partner agencies never see', inMockBuild: true },
    { what: 'faker', text: '@faker-js', inMockBuild: false },
  ];
}

export interface BuiltFile {
  file: string;
  content: string;
}

export interface Finding {
  what: string;
  file: string;
  /** The marker text or the source module found. */
  evidence: string;
}

/** Source modules from mock code, in the given source maps. */
export function mockSourcesIn(maps: readonly { file: string; sources: readonly string[] }[]) {
  const found: Finding[] = [];
  for (const map of maps) {
    for (const source of map.sources) {
      const hit = MOCK_SOURCE_PATTERNS.find((p) => p.pattern.test(source));
      if (hit) found.push({ what: hit.what, file: map.file, evidence: source });
    }
  }
  return found;
}

/** Markers found in the given files (one finding per marker and file). */
export function markersIn(files: readonly BuiltFile[], markers: readonly Marker[]): Finding[] {
  const found: Finding[] = [];
  for (const { file, content } of files) {
    for (const m of markers) {
      if (content.includes(m.text)) found.push({ what: m.what, file, evidence: m.text });
    }
  }
  return found;
}

/**
 * Problems with the detectors themselves, judged on the default build: markers expected
 * there but missing, or source maps that name no mock module at all.
 */
export function staleDetectors(
  mockBuildFiles: readonly BuiltFile[],
  mockBuildMaps: readonly { file: string; sources: readonly string[] }[],
  markers: readonly Marker[],
): string[] {
  const problems: string[] = [];
  const found = new Set(markersIn(mockBuildFiles, markers).map((f) => f.evidence));
  for (const m of markers) {
    if (m.inMockBuild && !found.has(m.text))
      problems.push(`marker for ${m.what} ("${m.text}") is not in the default build: update it`);
  }
  const sources = new Set(mockSourcesIn(mockBuildMaps).map((f) => f.what));
  for (const what of ['the mocked intake API (mocks/)', 'msw']) {
    if (!sources.has(what))
      problems.push(`the default build's source maps name no module of ${what}: are maps on?`);
  }
  return problems;
}
