import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../../lib/format.ts';
import { downloadStream, type ExportProgress } from '../lib/download-stream.ts';
import './export-button.css';

export interface ExportButtonProps {
  /** Starts the export request (the filters, sort and visible columns are the caller's). */
  startExport: (signal: AbortSignal) => Promise<Response>;
  /** Reports matching the filters: what "of 48,000" counts against. */
  total: number;
  disabled?: boolean;
}

type ExportState =
  | { status: 'idle' }
  | { status: 'running'; progress: ExportProgress }
  | { status: 'done'; rows: number; filename: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

function statusText(state: ExportState, total: number): string {
  switch (state.status) {
    case 'running':
      return `Exported ${formatNumber(state.progress.rows)} of ${formatNumber(total)} rows`;
    case 'done':
      return `Exported ${formatNumber(state.rows)} rows to ${state.filename}.`;
    case 'cancelled':
      return 'Export cancelled.';
    default:
      return '';
  }
}

/** "Export CSV": streams the whole filtered set to a file, with progress and Cancel. */
export function ExportButton({ startExport, total, disabled }: ExportButtonProps) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const running = state.status === 'running';

  // Leaving the page cancels a running export rather than finishing it unseen.
  useEffect(() => () => controller.current?.abort(), []);

  // The button pressed is replaced by its opposite: if focus went with it, follow it.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running === wasRunning.current) return;
    wasRunning.current = running;
    const active = document.activeElement;
    if (active === null || active === document.body)
      (running ? cancelRef.current : exportRef.current)?.focus();
  }, [running]);

  const run = async () => {
    const c = new AbortController();
    controller.current = c;
    setState({ status: 'running', progress: { bytes: 0, rows: 0, totalRows: total } });
    try {
      const response = await startExport(c.signal);
      const result = await downloadStream({
        response,
        totalRows: total,
        signal: c.signal,
        onProgress: (progress) => setState({ status: 'running', progress }),
      });
      setState({ status: 'done', rows: result.rows, filename: result.filename });
    } catch (error) {
      if (c.signal.aborted) setState({ status: 'cancelled' });
      else {
        const message = error instanceof Error ? error.message : 'Something went wrong.';
        setState({ status: 'error', message });
      }
    } finally {
      if (controller.current === c) controller.current = null;
    }
  };

  return (
    <div className="case-export">
      {running ? (
        <>
          <progress
            value={Math.min(state.progress.rows, total)}
            max={Math.max(total, 1)}
            aria-label="Export progress"
          />
          <button type="button" ref={cancelRef} onClick={() => controller.current?.abort()}>
            Cancel export
          </button>
        </>
      ) : (
        <button type="button" ref={exportRef} onClick={run} disabled={disabled || total === 0}>
          Export CSV
        </button>
      )}
      <span role="status">{statusText(state, total)}</span>
      {state.status === 'error' && (
        <p className="case-error" role="alert">
          The export failed. {state.message}
        </p>
      )}
    </div>
  );
}
