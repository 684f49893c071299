import type { CircleMarker as LeafletCircleMarker, Polygon as LeafletPolygon } from 'leaflet';
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { CircleMarker, Polygon, Tooltip } from 'react-leaflet';
import { usePathArea, usePathClass, usePathHighlight } from './use-path-highlight.ts';

export interface AreaShapeProps {
  /** The area a data shape stands for (`country:GB`, `cell:51:-1`); null for plain land. */
  areaId: string | null;
  className: string;
  highlighted: boolean;
  /** Plain text (React renders it as text, never as HTML). */
  tooltip: string | null;
  onSelect: (() => void) | null;
  onHover: ((on: boolean) => void) | null;
}

/**
 * Leaflet's events for a shape, kept while its handlers are: react-leaflet unbinds and binds
 * a layer's events for each new object.
 */
function useEventHandlers({ onSelect, onHover }: Pick<AreaShapeProps, 'onSelect' | 'onHover'>) {
  return useMemo(
    () =>
      onSelect
        ? { click: onSelect, mouseover: () => onHover?.(true), mouseout: () => onHover?.(false) }
        : {},
    [onSelect, onHover],
  );
}

/** A hidden shape's tooltip, opened by a pointer that was over it, closes with it. */
function useClosedTooltip(ref: RefObject<LeafletCircleMarker | null>, hidden: boolean) {
  useEffect(() => {
    if (hidden) ref.current?.closeTooltip();
  }, [ref, hidden]);
}

/**
 * One country shape (or one world copy of it). Memoised, with handlers that keep their
 * identity (see CountryLayer): a new handler object makes react-leaflet unbind and bind the
 * path's events, and a render of the layer redrew all ~180 paths.
 */
export const CountryPath = memo(function CountryPath(
  props: AreaShapeProps & { positions: [number, number][][][] },
) {
  const ref = useRef<LeafletPolygon | null>(null);
  const eventHandlers = useEventHandlers(props);
  const classes = props.highlighted ? `${props.className} hs-highlight` : props.className;
  usePathClass(ref, classes);
  usePathArea(ref, props.areaId);
  usePathHighlight(ref, props.highlighted);
  return (
    <Polygon
      ref={ref}
      positions={props.positions}
      className={classes}
      interactive={props.onSelect !== null}
      eventHandlers={eventHandlers}
    >
      {props.tooltip && <Tooltip sticky>{props.tooltip}</Tooltip>}
    </Polygon>
  );
});

/**
 * A circle standing for an area: a grid bin, or a country too small for the 1:110m shapes.
 * `label` puts a permanent text label on it (the "<k" of a suppressed bin) instead of a
 * hover tooltip: Leaflet gives a layer one tooltip. Memoised like CountryPath, and its
 * centre and handlers keep their identity while their values do: react-leaflet moves and
 * redraws a circle for a new `center` array, and unbinds and binds its events for a new
 * handler object. With the small countries' circles on the overview's choropleth, that cost
 * every filter change at 1M reports about 7 ms (median beyond the server 73 → 66 ms).
 */
export const AreaCircle = memo(function AreaCircle(
  props: AreaShapeProps & {
    center: [number, number];
    radius: number;
    label?: string;
    /** Kept on the map but not drawn (see CountryLayer); an open tooltip closes. */
    hidden?: boolean;
  },
) {
  const ref = useRef<LeafletCircleMarker | null>(null);
  const [lat, lng] = props.center;
  const center = useMemo<[number, number]>(() => [lat, lng], [lat, lng]);
  const eventHandlers = useEventHandlers(props);
  const classes = props.hidden
    ? `${props.className} hs-hidden`
    : props.highlighted
      ? `${props.className} hs-highlight`
      : props.className;
  usePathClass(ref, classes);
  useClosedTooltip(ref, props.hidden === true);
  usePathArea(ref, props.areaId);
  usePathHighlight(ref, props.highlighted);
  return (
    <CircleMarker
      ref={ref}
      center={center}
      radius={props.radius}
      className={classes}
      interactive={props.onSelect !== null}
      eventHandlers={eventHandlers}
    >
      {props.label ? (
        // Beside the circle, not on it: a suppressed bin is small, and its label must stay legible.
        <Tooltip permanent direction="right" offset={[props.radius, 0]} className="hs-bin-label">
          {props.label}
        </Tooltip>
      ) : (
        props.tooltip && <Tooltip>{props.tooltip}</Tooltip>
      )}
    </CircleMarker>
  );
});
