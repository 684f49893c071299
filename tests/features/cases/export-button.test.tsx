import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButton } from '../../../src/features/cases/components/export-button.tsx';

const encoder = new TextEncoder();

/** A CSV body the test feeds chunk by chunk, as a slow server would. */
function controlledBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const cancelled = vi.fn();
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel: cancelled,
  });
  const response = new Response(body, {
    headers: { 'Content-Disposition': 'attachment; filename="reports-2026-03-14.csv"' },
  });
  return {
    response,
    cancelled,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

const rows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `R-${from + i},"a ""quoted""\nline"\r\n`).join('');

describe('ExportButton', () => {
  let createObjectURL: ReturnType<typeof vi.fn>;
  let revokeObjectURL: ReturnType<typeof vi.fn>;
  let clicked: HTMLAnchorElement[];
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };

  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    createObjectURL = vi.fn(() => 'blob:export-1');
    revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    clicked = [];
    // jsdom cannot navigate to a download: record the click instead.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    Object.assign(URL, original);
  });

  it('streams the export with progress, then downloads one file', async () => {
    const user = userEvent.setup();
    const server = controlledBody();
    const startExport = vi.fn(async (_signal: AbortSignal) => server.response);
    render(<ExportButton startExport={startExport} total={3} />);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(startExport).toHaveBeenCalledWith(expect.any(AbortSignal));
    // Focus follows the pressed button's replacement (a passive effect: wait for it).
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Cancel export' })).toHaveFocus(),
    );

    server.send('id,narrativePreview\r\n' + rows(1, 2));
    expect(await screen.findByText('Exported 2 of 3 rows')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
      'value',
      '2',
    );

    server.send(rows(3, 1));
    server.end();
    expect(
      await screen.findByText('Exported 3 rows to reports-2026-03-14.csv.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveFocus());

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(await blob.text()).toBe('id,narrativePreview\r\n' + rows(1, 3));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('reports-2026-03-14.csv');
    expect(clicked[0]!.href).toBe('blob:export-1');
    expect(document.querySelector('a[download]')).toBeNull();

    // The object URL is let go once the browser has had time to start the download.
    expect(revokeObjectURL).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:export-1');
  });

  it('cancels: the request is aborted, the stream cancelled, nothing downloaded', async () => {
    const user = userEvent.setup();
    const server = controlledBody();
    let signal!: AbortSignal;
    render(
      <ExportButton
        startExport={async (s) => {
          signal = s;
          return server.response;
        }}
        total={48_000}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    server.send('id\r\n' + 'R-1\r\n'.repeat(12_000));
    expect(await screen.findByText('Exported 12,000 of 48,000 rows')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    expect(signal.aborted).toBe(true);
    expect(server.cancelled).toHaveBeenCalled();
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(clicked).toHaveLength(0);
  });

  it('says what went wrong when the export fails', async () => {
    const user = userEvent.setup();
    render(
      <ExportButton
        startExport={async () => new Response('{"title":"Unavailable"}', { status: 503 })}
        total={10}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export failed. The intake API answered with HTTP 503.',
    );
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('aborts a running export when it goes away', async () => {
    const user = userEvent.setup();
    const server = controlledBody();
    let signal!: AbortSignal;
    const { unmount } = render(
      <ExportButton
        startExport={async (s) => {
          signal = s;
          return server.response;
        }}
        total={10}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    unmount();
    expect(signal.aborted).toBe(true);
  });

  it('has nothing to export when nothing matches', () => {
    render(<ExportButton startExport={vi.fn()} total={0} />);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });
});
