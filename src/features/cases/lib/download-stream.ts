/**
 * Saves a streamed CSV response as a file, with progress and cancel. A million-row export is
 * hundreds of megabytes, so the bytes are never decoded into a string and never copied into
 * one big buffer: chunks are folded into Blob parts as they arrive (a Blob built from Blobs
 * references them rather than copying), the final Blob is made once, and the page stays
 * responsive because each chunk is handled in its own turn of the event loop.
 */

export interface ExportProgress {
  bytes: number;
  /** Data rows completed so far (the header row is not counted). */
  rows: number;
  totalRows?: number;
}

export interface DownloadResult extends ExportProgress {
  filename: string;
}

export interface DownloadStreamOptions {
  response: Response;
  /** The expected number of rows, for "12,000 of 48,000". */
  totalRows?: number;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Overrides the name from Content-Disposition. */
  filename?: string;
  /** How the finished file reaches the user; the default clicks a temporary download link. */
  save?: (blob: Blob, filename: string) => void;
  /** Bytes gathered before they are folded into a Blob part (default 8 MiB). */
  partBytes?: number;
}

const LF = 0x0a;
const QUOTE = 0x22;

/**
 * Counts CSV records across chunk boundaries. A line feed inside a quoted cell (a narrative
 * with line breaks) does not end a record; RFC 4180 escapes quotes by doubling them, which
 * toggles the state twice, so tracking "inside quotes" is enough. UTF-8 never uses these two
 * byte values inside a multi-byte character, so bytes can be scanned without decoding.
 */
export class CsvRecordCounter {
  private lineFeeds = 0;
  private inQuotes = false;
  private endsWithLineFeed = true;

  push(chunk: Uint8Array): void {
    const len = chunk.length;
    if (!len) return;
    let i = 0;
    // Cached positions of the next quote and line feed (-1: none left in this chunk).
    let q = -2;
    let n = -2;
    while (i < len) {
      if (q !== -1 && q < i) q = chunk.indexOf(QUOTE, i);
      if (this.inQuotes) {
        if (q === -1) break;
        this.inQuotes = false;
        i = q + 1;
        continue;
      }
      if (n !== -1 && n < i) n = chunk.indexOf(LF, i);
      if (n !== -1 && (q === -1 || n < q)) {
        this.lineFeeds++;
        i = n + 1;
      } else if (q !== -1) {
        this.inQuotes = true;
        i = q + 1;
      } else break;
    }
    this.endsWithLineFeed = chunk[len - 1] === LF && !this.inQuotes;
  }

  /** Records so far, counting an unterminated last one only when `final`. */
  records(final = false): number {
    return this.lineFeeds + (final && !this.endsWithLineFeed ? 1 : 0);
  }

  /** Data rows: records minus the header row. */
  dataRows(final = false): number {
    return Math.max(0, this.records(final) - 1);
  }
}

const DEFAULT_PART_BYTES = 8 * 1024 * 1024;

/** Gathers chunks into Blob parts every few megabytes, so at most that much is held twice. */
class BlobCollector {
  private parts: Blob[] = [];
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly type: string,
    private readonly flushBytes = DEFAULT_PART_BYTES,
  ) {}

  push(chunk: Uint8Array<ArrayBuffer>): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.byteLength;
    if (this.pendingBytes >= this.flushBytes) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  finish(): Blob {
    this.flush();
    const blob = new Blob(this.parts, { type: this.type });
    this.parts = [];
    return blob;
  }

  discard(): void {
    this.parts = [];
    this.pending = [];
    this.pendingBytes = 0;
  }
}

export function defaultExportFilename(now = new Date()): string {
  return `reports-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * The file name the server suggests, made safe for a download attribute: no path, no control
 * or reserved characters, always `.csv`. Falls back to `reports-YYYY-MM-DD.csv`.
 */
export function filenameFromContentDisposition(header: string | null, now = new Date()): string {
  let name: string | undefined;
  const star = header?.match(/filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/);
  if (star?.[1]) {
    try {
      name = decodeURIComponent(star[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??=
    header?.match(/filename\s*=\s*"([^"]*)"/)?.[1] ??
    header?.match(/filename\s*=\s*([^;\s]+)/)?.[1];
  const safe = (name ?? '')
    .split(/[/\\]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120);
  if (!safe) return defaultExportFilename(now);
  return /\.csv$/i.test(safe) ? safe : `${safe}.csv`;
}

/** How long the object URL outlives the click: browsers start the download asynchronously. */
export const REVOKE_AFTER_MS = 10_000;

export function saveBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The export was cancelled.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export async function downloadStream(options: DownloadStreamOptions): Promise<DownloadResult> {
  const { response, totalRows, onProgress, signal, save = saveBlob } = options;
  if (signal?.aborted) throw abortError(signal);
  if (!response.ok) throw new Error(`The intake API answered with HTTP ${response.status}.`);
  if (!response.body) throw new Error('The export came back empty.');

  const filename =
    options.filename ?? filenameFromContentDisposition(response.headers.get('Content-Disposition'));
  const type = response.headers.get('Content-Type') ?? 'text/csv;charset=utf-8';
  const reader = response.body.getReader();
  // Cancelling the reader makes a pending read() settle, and tells the server to stop.
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });

  const collector = new BlobCollector(type, options.partBytes);
  const counter = new CsvRecordCounter();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw abortError(signal);
      if (done) break;
      bytes += value.byteLength;
      counter.push(value);
      collector.push(value);
      onProgress?.({ bytes, rows: counter.dataRows(), totalRows });
    }
    const rows = counter.dataRows(true);
    onProgress?.({ bytes, rows, totalRows });
    save(collector.finish(), filename);
    return { bytes, rows, totalRows, filename };
  } catch (error) {
    collector.discard();
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}
