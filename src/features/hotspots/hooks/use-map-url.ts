import { useCallback, useMemo, useRef } from 'react';
import { useNavigation } from 'react-router';
import { useViewParams } from '../../../filters/use-view-params.ts';
import type { MapLayer, MapView } from '../lib/map-types.ts';
import { layerPatch, parseMapUrl, viewPatch } from '../lib/map-url.ts';
import { sameView } from '../lib/viewport.ts';

/**
 * The map's layer and view, in the URL (`layer`, `lat`, `lon`, `z`), written with replace:
 * panning should not fill the history.
 *
 * Only moves are written. The view the map opens on (the URL's, or its own: the world, a
 * partner's scope) is not: `/map` stays `/map`, and a write while the page is still settling
 * could replace a navigation the user has just started to another page (a URL write is a
 * navigation too). A bad or partial view in a link is ignored until the map first moves.
 */
export function useMapUrl() {
  const { viewParams, setViewParams } = useViewParams();
  const { layer, view } = useMemo(() => parseMapUrl(viewParams), [viewParams]);
  const rawLayer = viewParams.get('layer');
  const navigating = useNavigation().state !== 'idle';
  const opened = useRef<MapView | null>(null);
  const moved = useRef(false);

  const setLayer = useCallback(
    (next: MapLayer) => setViewParams(layerPatch(next)),
    [setViewParams],
  );

  const setView = useCallback(
    (next: MapView) => {
      if (!moved.current) {
        if (opened.current === null) opened.current = next;
        if (sameView(opened.current, next)) return;
        moved.current = true;
      }
      if (navigating) return;
      const patch = viewPatch(next, rawLayer);
      if (view && sameView(view, next) && !('layer' in patch)) return;
      setViewParams(patch);
    },
    [navigating, rawLayer, view, setViewParams],
  );

  return { layer, view, setLayer, setView };
}
