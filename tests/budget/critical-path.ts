/**
 * What a built app loads before its first view renders, from Vite's manifest
 * (`build.manifest`) and the built index.html; and every chunk's size, raw and gzipped.
 *
 * The critical path is the entry chunk and everything it imports statically, followed
 * transitively (Vite emits `<link rel="modulepreload">` for exactly these), plus any other
 * script index.html itself references. Dynamic imports (pages, charts, the map, the mock
 * API) are not on it: they load when a view asks for them.
 */
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Scripts index.html loads at once: module scripts and modulepreloads, as dist-relative paths. */
export function htmlScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag) && attr('src') !== undefined;
    const isPreload = /^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload';
    const url = isScript ? attr('src') : isPreload ? attr('href') : undefined;
    // Only the app's own files: an absolute URL elsewhere is not in the build.
    if (url && !/^[a-z]+:|^\/\//i.test(url)) found.push(url.replace(/^\.?\//, ''));
  }
  return found;
}

/** The entry chunks' files and their static imports, transitively, plus the HTML's scripts. */
export function criticalPathFiles(manifest: Manifest, html: string): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest imports "${key}", which it does not list`);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  for (const file of htmlScripts(html)) files.add(file);
  return [...files].filter((f) => f.endsWith('.js'));
}

/**
 * Chunks the entry imports dynamically but awaits before it renders anything (sign-in, say),
 * by source module, with their static imports: they delay the first view as much as the
 * entry does. A source the manifest does not know is an error, so a rename cannot drop a
 * chunk from the count unnoticed.
 */
export function startupFiles(manifest: Manifest, sources: readonly string[]): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no chunk for "${key}"`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const source of sources) visit(source);
  return [...files].filter((f) => f.endsWith('.js'));
}

/** The manifest's name for a file: its source module (`src/app/pages/map-page.tsx`) or shared-chunk key. */
export function sourceNames(manifest: Manifest): Map<string, string> {
  const names = new Map<string, string>();
  for (const [key, chunk] of Object.entries(manifest)) names.set(chunk.file, chunk.src ?? key);
  return names;
}

export interface ChunkSize {
  file: string;
  /** What the manifest says the chunk is. */
  source: string;
  raw: number;
  gzip: number;
  critical: boolean;
}

/**
 * Gzip at level 6, zlib's (and most web servers') default: the figure is what a browser
 * would download from an ordinarily configured server.
 */
export const gzipSize = (content: Buffer | string): number =>
  gzipSync(content, { level: 6 }).length;

export function chunkSizes(
  files: { file: string; content: Buffer }[],
  manifest: Manifest,
  critical: readonly string[],
): ChunkSize[] {
  const names = sourceNames(manifest);
  const onPath = new Set(critical);
  return files
    .map(({ file, content }) => ({
      file,
      source: names.get(file) ?? '(not in the manifest)',
      raw: content.length,
      gzip: gzipSize(content),
      critical: onPath.has(file),
    }))
    .sort((a, b) => Number(b.critical) - Number(a.critical) || b.gzip - a.gzip);
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** A plain table: critical chunks first (marked *), then the rest by gzipped size. */
export function formatChunkTable(chunks: readonly ChunkSize[]): string {
  const width = Math.max(20, ...chunks.map((c) => c.file.length));
  const lines = [
    `  ${'chunk'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}  source`,
  ];
  for (const c of chunks) {
    lines.push(
      `${c.critical ? '*' : ' '} ${c.file.padEnd(width)}  ${kb(c.raw).padStart(8)}  ${kb(c.gzip).padStart(8)}  ${c.source}`,
    );
  }
  return lines.join('\n');
}

export function criticalTotal(chunks: readonly ChunkSize[]): { raw: number; gzip: number } {
  const on = chunks.filter((c) => c.critical);
  return {
    raw: on.reduce((s, c) => s + c.raw, 0),
    gzip: on.reduce((s, c) => s + c.gzip, 0),
  };
}
