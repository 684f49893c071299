import { useState } from 'react';
import type { Bbox } from '../../../api/contract/filter-params.ts';

export interface MapActionsProps {
  /** The visible area, or null when the whole world is in view (nothing to filter). */
  bbox: Bbox | null;
  onFilterToView(bbox: Bbox): void;
  /** Makes and downloads the PNG; rejects with a message to show. */
  onExportImage(): Promise<void>;
  onPrint?(): void;
}

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; message: string };

/** "Filter to this view", "Export map image", "Print map". */
export function MapActions({ bbox, onFilterToView, onExportImage, onPrint }: MapActionsProps) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const exportImage = async () => {
    setState({ kind: 'busy' });
    try {
      await onExportImage();
      setState({ kind: 'idle' });
    } catch (e) {
      setState({
        kind: 'error',
        message: e instanceof Error ? e.message : 'The image could not be made.',
      });
    }
  };
  return (
    <div className="hs-actions hs-no-print">
      <button type="button" disabled={bbox === null} onClick={() => bbox && onFilterToView(bbox)}>
        Filter to this view
      </button>
      <button type="button" disabled={state.kind === 'busy'} onClick={() => void exportImage()}>
        Export map image
      </button>
      <button type="button" onClick={onPrint ?? (() => window.print())}>
        Print map
      </button>
      <span role="status">
        {state.kind === 'busy' ? 'Making the image…' : state.kind === 'error' ? state.message : ''}
      </span>
    </div>
  );
}
