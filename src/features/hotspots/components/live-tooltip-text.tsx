import type { Layer } from 'leaflet';
import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/**
 * A shape's tooltip text, kept apart from the shape's Leaflet components.
 *
 * Why: at 1M reports nearly every country has a count under every filter, so each filter
 * change gave ~180 country shapes a new tooltip text. With the text as the `<Tooltip>`'s
 * children, that re-rendered each shape's react-leaflet `Polygon` and `Tooltip` (their
 * hooks, effects and Leaflet look-ups) for a text that is shown only while a tooltip is
 * open. Now the shape hands its Leaflet components the same elements from one change to
 * the next (React skips them), and only an opened tooltip's text re-renders.
 */

export interface LiveText {
  get(): string;
  set(text: string): void;
  subscribe(listener: () => void): () => void;
}

function createLiveText(initial: string): LiveText {
  let text = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => text,
    set(next) {
      if (next === text) return;
      text = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The same store for the shape's life, holding this render's text once it commits. */
export function useLiveText(text: string): LiveText {
  const [live] = useState(() => createLiveText(text));
  // Before the browser paints: an open tooltip never shows the previous text with new colours.
  useLayoutEffect(() => live.set(text), [live, text]);
  return live;
}

/**
 * The text, as React text (never HTML), for a `<Tooltip>`'s children. react-leaflet places an
 * open tooltip once, so a text of another length is placed again here.
 */
export function LiveTooltipText({
  text,
  layerRef,
}: {
  text: LiveText;
  layerRef: RefObject<Layer | null>;
}) {
  const value = useSyncExternalStore(text.subscribe, text.get);
  useLayoutEffect(() => {
    const tooltip = layerRef.current?.getTooltip();
    if (tooltip?.isOpen()) tooltip.update();
  }, [layerRef, value]);
  return value;
}
