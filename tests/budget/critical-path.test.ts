import { describe, expect, it } from 'vitest';
import {
  chunkSizes,
  criticalPathFiles,
  criticalTotal,
  formatChunkTable,
  gzipSize,
  htmlScripts,
  startupFiles,
  type Manifest,
} from './critical-path.ts';

const html = `<!doctype html><html><head>
  <script type="module" crossorigin src="/assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/react-B.js">
  <link rel="stylesheet" href="/assets/index-C.css">
  <link rel="icon" href="data:," />
  <script src="https://cdn.example.org/elsewhere.js"></script>
</head><body><div id="root"></div></body></html>`;

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-A.js',
    isEntry: true,
    imports: ['_react-B.js', '_shared-D.js'],
    dynamicImports: ['src/app/pages/map-page.tsx', 'mocks/browser.ts'],
    css: ['assets/index-C.css'],
  },
  '_react-B.js': { file: 'assets/react-B.js' },
  // Reached only through another static import: still on the path.
  '_shared-D.js': { file: 'assets/shared-D.js', imports: ['_deep-E.js'] },
  '_deep-E.js': { file: 'assets/deep-E.js', imports: ['index.html'] },
  'src/app/pages/map-page.tsx': {
    file: 'assets/map-page-F.js',
    src: 'src/app/pages/map-page.tsx',
    isDynamicEntry: true,
    imports: ['_react-B.js', '_leaflet-G.js'],
  },
  '_leaflet-G.js': { file: 'assets/leaflet-G.js' },
  'mocks/browser.ts': {
    file: 'assets/browser-H.js',
    src: 'mocks/browser.ts',
    isDynamicEntry: true,
  },
};

describe('the critical path', () => {
  it('reads the module scripts and modulepreloads of index.html, not styles, icons or other hosts', () => {
    expect(htmlScripts(html)).toEqual(['assets/index-A.js', 'assets/react-B.js']);
  });

  it('is the entry and its static imports, transitively, never a dynamic import', () => {
    expect(criticalPathFiles(manifest, html).sort()).toEqual([
      'assets/deep-E.js',
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/shared-D.js',
    ]);
  });

  it('counts a script index.html loads even when the manifest does not list it', () => {
    const extra = html.replace(
      '</head>',
      '<script type="module" src="/assets/inline-X.js"></script></head>',
    );
    expect(criticalPathFiles(manifest, extra)).toContain('assets/inline-X.js');
  });

  it('refuses a manifest that imports a chunk it does not list', () => {
    const broken: Manifest = {
      'index.html': { file: 'a.js', isEntry: true, imports: ['_gone.js'] },
    };
    expect(() => criticalPathFiles(broken, '')).toThrow(/_gone\.js/);
  });
});

describe('start-up chunks', () => {
  it('adds an awaited dynamic import and its static imports, once', () => {
    const m: Manifest = {
      ...manifest,
      'src/auth/oidc-session.ts': {
        file: 'assets/oidc-I.js',
        isDynamicEntry: true,
        imports: ['_react-B.js', '_oidc-client-J.js'],
      },
      '_oidc-client-J.js': { file: 'assets/oidc-client-J.js' },
    };
    expect(startupFiles(m, ['src/auth/oidc-session.ts']).sort()).toEqual([
      'assets/oidc-I.js',
      'assets/oidc-client-J.js',
      'assets/react-B.js',
    ]);
    expect(startupFiles(m, [])).toEqual([]);
  });

  it('refuses a start-up source the build does not have (renamed, say)', () => {
    expect(() => startupFiles(manifest, ['src/auth/gone.ts'])).toThrow(/src\/auth\/gone\.ts/);
  });
});

describe('chunk sizes', () => {
  const big = Buffer.from('const a = 1;\n'.repeat(5000));
  const small = Buffer.from('export const b = 2;');
  const files = [
    { file: 'assets/map-page-F.js', content: big },
    { file: 'assets/index-A.js', content: small },
  ];
  const sizes = chunkSizes(files, manifest, ['assets/index-A.js']);

  it('gives raw and gzipped bytes, critical chunks first, named by the manifest', () => {
    expect(sizes.map((c) => [c.file, c.critical, c.source])).toEqual([
      ['assets/index-A.js', true, 'index.html'],
      ['assets/map-page-F.js', false, 'src/app/pages/map-page.tsx'],
    ]);
    expect(sizes[1]!.raw).toBe(big.length);
    // Repetitive text compresses well: the gzip figure is really compressed.
    expect(sizes[1]!.gzip).toBeLessThan(big.length / 50);
    expect(sizes[1]!.gzip).toBe(gzipSize(big));
  });

  it('totals only the critical path', () => {
    expect(criticalTotal(sizes)).toEqual({ raw: small.length, gzip: gzipSize(small) });
  });

  it('prints every chunk, the critical ones marked', () => {
    const table = formatChunkTable(sizes).split('\n');
    expect(table).toHaveLength(3);
    expect(table[1]).toMatch(/^\* assets\/index-A\.js/);
    expect(table[2]).toMatch(
      /^ {2}assets\/map-page-F\.js .*65\.0 .*src\/app\/pages\/map-page\.tsx$/,
    );
  });
});
