import type { Path } from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps a Leaflet path's CSS classes in step with `className`. react-leaflet applies
 * `className` only when the layer is created; remounting instead would drop the layer under
 * the pointer and its open tooltip every time the data refreshes.
 */
export function usePathClass(ref: RefObject<Path | null>, className: string): void {
  const applied = useRef(className);
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el || applied.current === className) return;
    el.classList.remove(...applied.current.split(' ').filter(Boolean));
    el.classList.add(...className.split(' ').filter(Boolean));
    applied.current = className;
  }, [ref, className]);
}

/**
 * Marks a data shape with the area it stands for (`data-area`), so a test or an audit can
 * check what is drawn where without reading colours.
 */
export function usePathArea(ref: RefObject<Path | null>, areaId: string | null): void {
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    if (areaId) el.setAttribute('data-area', areaId);
    else el.removeAttribute('data-area');
  }, [ref, areaId]);
}

/**
 * An area highlighted from outside the map (a focused row of the area list) is brought to the
 * front and its tooltip opened, so keyboard users see where it is and its count. A tooltip
 * opened by hovering is Leaflet's own and is left alone.
 */
export function usePathHighlight(ref: RefObject<Path | null>, highlighted: boolean): void {
  const openedHere = useRef(false);
  useEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    if (highlighted) {
      layer.bringToFront();
      if (!layer.isTooltipOpen()) {
        layer.openTooltip();
        openedHere.current = true;
      }
    } else if (openedHere.current) {
      layer.closeTooltip();
      openedHere.current = false;
    }
  }, [ref, highlighted]);
}
