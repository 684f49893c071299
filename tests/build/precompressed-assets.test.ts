import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintInEveryChunk } from '../../src/build/compile-hint-plugin.ts';
import {
  acceptedEncodings,
  precompressAssets,
  servePrecompressedOnPreview,
} from '../../src/build/precompressed-assets.ts';

/**
 * A real build of a two-chunk app with the compile hint and the precompression plugins, then
 * `vite preview` serving it over HTTP: the copies hold the chunks as finally written, and
 * each client gets what it accepts.
 */

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string>, method = 'GET'): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (p: Buffer) => parts.push(p));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let root: string;
let dist: string;
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'precompressed-'));
  dist = path.join(root, 'dist');
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>',
  );
  // A chunk well over the 1 kB threshold, and a tiny one under it.
  const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  writeFileSync(
    path.join(root, 'main.js'),
    `export const text = ${JSON.stringify(words)};\nimport('./tiny.js').then((m) => console.log(m.x, text.length));\n`,
  );
  writeFileSync(path.join(root, 'tiny.js'), 'export const x = 1;\n');
  mkdirSync(dist);
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [compileHintInEveryChunk(), precompressAssets()],
    build: { outDir: dist, minify: false },
  });
  server = await preview({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [servePrecompressedOnPreview()],
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const assetNamed = (re: RegExp) => {
  const name = readdirSync(path.join(dist, 'assets')).find((f) => re.test(f));
  if (!name) throw new Error(`no asset matches ${re}`);
  return name;
};

describe('precompressed assets', () => {
  it('writes Brotli and gzip copies of each chunk as finally written, compile hint included', () => {
    const main = assetNamed(/^index-.*\.js$/);
    const file = path.join(dist, 'assets', main);
    const code = readFileSync(file);
    expect(code.toString('utf8').split('\n')[0]).toBe(COMPILE_HINT);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(code)).toBe(true);
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(code)).toBe(true);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(code.length / 2);
  });

  it('leaves a file under 1 kB as it is', () => {
    const tiny = assetNamed(/^tiny-.*\.js$/);
    const names = readdirSync(path.join(dist, 'assets'));
    expect(names).not.toContain(`${tiny}.br`);
    expect(names).not.toContain(`${tiny}.gz`);
  });

  it('serves the Brotli copy to a browser that takes it, cacheable for good', async () => {
    const main = assetNamed(/^index-.*\.js$/);
    const res = await get(`${base}/assets/${main}`, {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary)).toContain('Accept-Encoding');
    expect(
      brotliDecompressSync(res.body).equals(readFileSync(path.join(dist, 'assets', main))),
    ).toBe(true);
  });

  it('serves gzip when Brotli is refused or not offered, and the plain file otherwise', async () => {
    const main = assetNamed(/^index-.*\.js$/);
    const plain = readFileSync(path.join(dist, 'assets', main));
    for (const accept of ['gzip', 'br;q=0, gzip']) {
      const res = await get(`${base}/assets/${main}`, { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(res.body).equals(plain)).toBe(true);
    }
    const identity = await get(`${base}/assets/${main}`, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
  });

  it('answers HEAD with the headers alone, and passes anything outside the assets on', async () => {
    const main = assetNamed(/^index-.*\.js$/);
    const head = await get(`${base}/assets/${main}`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    // A path climbing out of the assets is not ours to answer (Vite's own server refuses it).
    const escape = await get(`${base}/assets/..%2Findex.html`, { 'accept-encoding': 'br' });
    expect(escape.headers['content-encoding']).not.toBe('br');
    const page = await get(`${base}/`, { 'accept-encoding': 'identity' });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<script type="module"');
  });
});

describe('acceptedEncodings', () => {
  it('reads Accept-Encoding as a browser writes it, a q of 0 refusing', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual([
      'gzip',
      'deflate',
      'br',
      'zstd',
    ]);
    expect(acceptedEncodings('BR;q=0.5, gzip;q=0').has('br')).toBe(true);
    expect(acceptedEncodings('br;q=0.5, gzip;q=0').has('gzip')).toBe(false);
    expect(acceptedEncodings('br; q=0').has('br')).toBe(false);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
