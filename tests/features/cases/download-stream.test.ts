import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  CsvRecordCounter,
  downloadStream,
  filenameFromContentDisposition,
  type ExportProgress,
} from '../../../src/features/cases/lib/download-stream.ts';

const encoder = new TextEncoder();

/** A CSV cell as RFC 4180 writes it: quoted when it holds a comma, quote or line break. */
const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]) => rows.map((r) => r.map(cell).join(',') + '\r\n').join('');

function splitBytes(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    if (p > at) out.push(bytes.slice(at, p));
    at = p;
  }
  return out;
}

function streamOf(chunks: Uint8Array[], onCancel?: () => void) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[i++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel: onCancel,
  });
}

const csvResponse = (body: ReadableStream<Uint8Array> | null, init: ResponseInit = {}) =>
  new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="reports-2026-03-14.csv"',
    },
    ...init,
  });

describe('downloadStream', () => {
  const rows = [
    ['id', 'narrativePreview'],
    ['R-1', 'plain'],
    ['R-2', 'two\nlines, and "quotes"'],
    ['R-3', '=HYPERLINK("x")'],
    ['R-4', 'قال لها: لا تخبري أحداً 😢'],
  ];
  const text = csv(rows);

  it('reads chunk by chunk, reports progress and saves one Blob of exactly the bytes', async () => {
    const bytes = encoder.encode(text);
    const chunks = splitBytes(bytes, [3, 17, 18, 40, 41, 70]);
    const progress: ExportProgress[] = [];
    const save = vi.fn<(blob: Blob, name: string) => void>();

    const result = await downloadStream({
      response: csvResponse(streamOf(chunks)),
      totalRows: 4,
      onProgress: (p) => progress.push(p),
      save,
    });

    expect(result).toEqual({
      bytes: bytes.length,
      rows: 4,
      totalRows: 4,
      filename: 'reports-2026-03-14.csv',
    });
    expect(progress.length).toBeGreaterThanOrEqual(chunks.length);
    expect(progress.map((p) => p.rows)).toEqual(
      [...progress.map((p) => p.rows)].sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toEqual({ bytes: bytes.length, rows: 4, totalRows: 4 });
    expect(save).toHaveBeenCalledTimes(1);
    const [blob, name] = save.mock.calls[0]!;
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(name).toBe('reports-2026-03-14.csv');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('folds chunks into Blob parts as it goes, and still saves exactly the bytes', async () => {
    const bytes = encoder.encode(text.repeat(20));
    const save = vi.fn<(blob: Blob, name: string) => void>();
    await downloadStream({
      response: csvResponse(streamOf(splitBytes(bytes, [5, 99, 100, 700, 701, 1500]))),
      partBytes: 64,
      save,
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(new Uint8Array(await save.mock.calls[0]![0].arrayBuffer())).toEqual(bytes);
  });

  it('cancels: the stream is cancelled, nothing is saved, and it rejects as an abort', async () => {
    const cancelled = vi.fn();
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // One chunk, then a server that keeps us waiting.
        if (!sent) controller.enqueue(encoder.encode('id\r\nR-1\r\n'));
        sent = true;
        return new Promise(() => undefined);
      },
      cancel: cancelled,
    });
    const controller = new AbortController();
    const save = vi.fn();
    const done = downloadStream({
      response: csvResponse(body),
      signal: controller.signal,
      onProgress: () => controller.abort(),
      save,
    });
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled).toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const cancelled = vi.fn();
    await expect(
      downloadStream({
        response: csvResponse(streamOf([], cancelled)),
        signal: controller.signal,
        save: vi.fn(),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses an error response or one without a body', async () => {
    await expect(
      downloadStream({ response: new Response('nope', { status: 503 }), save: vi.fn() }),
    ).rejects.toThrow('HTTP 503.');
    await expect(downloadStream({ response: csvResponse(null), save: vi.fn() })).rejects.toThrow(
      'empty',
    );
  });

  it('passes on a stream that breaks midway, without saving a partial file', async () => {
    let n = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (n++ === 0) controller.enqueue(encoder.encode('id\r\nR-1\r\n'));
        else controller.error(new TypeError('network error'));
      },
    });
    const save = vi.fn();
    await expect(downloadStream({ response: csvResponse(body), save })).rejects.toThrow(
      'network error',
    );
    expect(save).not.toHaveBeenCalled();
  });
});

describe('CsvRecordCounter', () => {
  const cellText = fc.string({
    unit: fc.constantFrom('a', 'é', '😢', ',', '"', '\n', '\r', ' ', 'ب'),
  });

  it('counts records, not line breaks, however the bytes are chunked', () => {
    fc.assert(
      fc.property(
        // Every export row starts with its id, so no record is a lone empty cell (which CSV
        // cannot tell apart from a trailing line break).
        fc.array(fc.array(cellText, { maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        (table, cuts, trailingBreak) => {
          let text = csv(table.map((cells, i) => [`R-${i}`, ...cells]));
          if (!trailingBreak) text = text.slice(0, -2);
          const bytes = encoder.encode(text);
          const counter = new CsvRecordCounter();
          for (const chunk of splitBytes(bytes, cuts)) counter.push(chunk);
          const expected = table.length;
          expect(counter.records(true)).toBe(expected);
          expect(counter.dataRows(true)).toBe(Math.max(0, expected - 1));
        },
      ),
    );
  });
});

describe('filenameFromContentDisposition', () => {
  const now = new Date('2026-03-14T10:00:00Z');
  it.each([
    ['attachment; filename="reports-2026-03-14.csv"', 'reports-2026-03-14.csv'],
    ["attachment; filename*=UTF-8''r%C3%A9ports.csv", 'réports.csv'],
    ['attachment; filename=plain', 'plain.csv'],
    ['attachment; filename="../../etc/passwd"', 'passwd.csv'],
    ['attachment; filename="..\\\\evil<>.csv"', 'evil.csv'],
    ['attachment; filename=".hidden"', 'hidden.csv'],
    ['attachment', 'reports-2026-03-14.csv'],
    [null, 'reports-2026-03-14.csv'],
  ])('%s → %s', (header, expected) => {
    expect(filenameFromContentDisposition(header, now)).toBe(expected);
  });
});
