import { createReadStream, statSync, writeFileSync, readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * The build's assets compressed once, at build time, and served as they are: what a static
 * host does (nginx's `gzip_static`, a CDN). `vite preview` otherwise compresses every asset
 * at every request, on the machine that runs the browser: in the end-to-end suite and the
 * benchmark (2 cores), a cold load's thirty chunks cost the server's compression beside the
 * page's own work (README decision 38).
 */

/** The compressible assets, by extension, with the type they are served as. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};
/** Below this, compression saves less than a packet (the same threshold as Vite's preview). */
const MIN_BYTES = 1024;
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** `file.br` (quality 11) and `file.gz` (level 9) beside each compressible asset. */
export function precompressAssets(): Plugin {
  let files: string[] = [];
  return {
    name: 'precompress-assets',
    apply: 'build',
    writeBundle({ dir }, bundle) {
      if (!dir) throw new Error('precompress-assets: the build has no output folder');
      files = Object.keys(bundle)
        .filter((name) => extname(name) in TYPES)
        .map((name) => resolve(dir, name));
    },
    // After every plugin's writeBundle (the compile hint rewrites the chunks there).
    async closeBundle() {
      await Promise.all(
        files.map(async (file) => {
          const body = readFileSync(file);
          if (body.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gzipAsync(body, { level: 9 }),
          ]);
          writeFileSync(`${file}.br`, br);
          writeFileSync(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/** The encodings the request accepts (a `q=0` refuses one), in Accept-Encoding's terms. */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * `vite preview` serving the precompressed copies of `/assets/…` (content-hashed names,
 * so cacheable for good), Brotli first. Anything else, or a client that accepts neither,
 * goes on to Vite's own static files.
 */
export function servePrecompressedOnPreview(): Plugin {
  return {
    name: 'serve-precompressed-on-preview',
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      const assets = resolve(root, 'assets') + sep;
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        const file = resolve(root, `.${path}`);
        const type = TYPES[extname(file)];
        if (!file.startsWith(assets) || !type) return next();
        const accepted = acceptedEncodings(req.headers['accept-encoding']);
        for (const encoding of ENCODINGS) {
          if (!accepted.has(encoding.name)) continue;
          let size: number;
          try {
            size = statSync(file + encoding.suffix).size;
          } catch {
            continue;
          }
          res.setHeader('Content-Type', type);
          res.setHeader('Content-Encoding', encoding.name);
          res.setHeader('Content-Length', size);
          const vary = res.getHeader('Vary');
          res.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          if (req.method === 'HEAD') return res.end();
          // A copy removed by a rebuild between the stat and the read ends the answer, not
          // the server.
          createReadStream(file + encoding.suffix)
            .on('error', () => res.destroy())
            .pipe(res);
          return;
        }
        next();
      });
    },
  };
}
