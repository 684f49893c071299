/**
 * The built app and the mocked intake API on one origin: static files from `outDir`, and
 * `/api/v1/…` passed through to the mock API. The way a deployment behind one reverse
 * proxy serves it: no CORS, so no preflight before each request. The benchmark measures the
 * overview this way too, to show what the preflights cost. (No CSP here: that is the preview
 * server's job, and the policy has no bearing on timing.)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * The upstream's `Server-Timing` with its `total` replaced by `totalMs`, the proxy's own
 * (which holds the upstream's); its other metrics (`app`) are kept.
 */
export function proxiedServerTiming(
  upstream: string | string[] | undefined,
  totalMs: number,
): string {
  const total = `total;dur=${totalMs.toFixed(2)}`;
  const others = [upstream ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((metric) => metric.trim())
    .filter((metric) => metric !== '' && !/^total(;|$)/.test(metric));
  return [...others, total].join(', ');
}

export async function serveSameOrigin({
  outDir,
  port,
  apiPort,
}: {
  outDir: string;
  port: number;
  apiPort: number;
}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(outDir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/')) {
      const arrived = performance.now();
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: apiPort,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: `127.0.0.1:${apiPort}` },
        },
        (answer) => {
          // A streamed answer (an export) is passed on as it comes.
          if (answer.headers['content-length'] === undefined) {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
            return;
          }
          // Any other is read whole first, as a reverse proxy buffers by default (nginx's
          // proxy_buffering), and its Server-Timing `total` becomes this server's: from the
          // request's arrival here to the answer ready to send. The proxy is the server's
          // side of the deployment, so the benchmark subtracts its time as well.
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            const headers = { ...answer.headers };
            headers['server-timing'] = proxiedServerTiming(
              answer.headers['server-timing'],
              performance.now() - arrived,
            );
            res.writeHead(answer.statusCode ?? 502, headers);
            res.end(Buffer.concat(chunks));
          });
          answer.on('error', () => res.destroy());
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    // Hashed assets as files; every other path is the single page.
    const file = path.join(root, path.normalize(url.pathname));
    const isFile = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const target = isFile ? file : path.join(root, 'index.html');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': target.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    // The port it listens on (port 0 asks for a free one).
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
