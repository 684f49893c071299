import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { heatPoints, heatRadiusPx } from '../lib/heat.ts';
import type { Disclosure, GridCell } from '../lib/map-types.ts';
import { HeatCanvasLayer } from './heat-canvas-layer.ts';
import { useZoom } from './map-view-sync.tsx';

export interface HeatLayerProps {
  /** Already limited to the viewer's scope. */
  cells: readonly GridCell[];
  cellSize: number;
  disclosure: Disclosure;
  pane: string;
}

/** The heat layer, from the grid aggregate: React owns the data, the canvas layer draws it. */
export function HeatLayer({ cells, cellSize, disclosure, pane }: HeatLayerProps) {
  const map = useMap();
  const zoom = useZoom();
  const [layer] = useState(() => new HeatCanvasLayer({ pane }));
  useEffect(() => {
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, layer]);
  useEffect(() => {
    layer.setData(heatPoints(cells, cellSize, disclosure), heatRadiusPx(cellSize, zoom));
  }, [layer, cells, cellSize, disclosure, zoom]);
  return null;
}
