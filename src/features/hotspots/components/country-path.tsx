import type { CircleMarker as LeafletCircleMarker, Path, Polygon as LeafletPolygon } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { CircleMarker, Polygon, Tooltip } from 'react-leaflet';
import { LiveTooltipText, useLiveText } from './live-tooltip-text.tsx';
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
 * react-leaflet reads a path's `className` only when it creates the layer; usePathClass keeps
 * the classes in step after that. So the class the layer was created with is what its
 * element is given, and a new colour does not make a new element.
 */
function useCreatedClass(className: string): string {
  const [created] = useState(className);
  return created;
}

/**
 * What a shape keeps in step with its props itself (classes, area, highlight, tooltip text),
 * and what it hands its Leaflet components, which then stay the same elements while their
 * own values do.
 */
function useAreaShape(
  ref: RefObject<Path | null>,
  props: AreaShapeProps,
  classes: string,
  tooltipText: string,
) {
  usePathClass(ref, classes);
  usePathArea(ref, props.areaId);
  usePathHighlight(ref, props.highlighted);
  return {
    eventHandlers: useEventHandlers(props),
    text: useLiveText(tooltipText),
    createdClass: useCreatedClass(classes),
    interactive: props.onSelect !== null,
  };
}

/**
 * One country shape (or one world copy of it). Memoised, with handlers that keep their
 * identity (see CountryLayer): a new handler object makes react-leaflet unbind and bind the
 * path's events, and a render of the layer redrew all ~180 paths. A new colour or count
 * renders this component alone: its Leaflet components are the same elements as before
 * (see live-tooltip-text.tsx).
 */
export const CountryPath = memo(function CountryPath(
  props: AreaShapeProps & { positions: [number, number][][][] },
) {
  const ref = useRef<LeafletPolygon | null>(null);
  const classes = props.highlighted ? `${props.className} hs-highlight` : props.className;
  const { eventHandlers, text, createdClass, interactive } = useAreaShape(
    ref,
    props,
    classes,
    props.tooltip ?? '',
  );
  const hasTooltip = props.tooltip !== null;
  const { positions } = props;
  return useMemo(
    () => (
      <Polygon
        ref={ref}
        positions={positions}
        className={createdClass}
        interactive={interactive}
        eventHandlers={eventHandlers}
      >
        {hasTooltip && (
          <Tooltip sticky>
            <LiveTooltipText text={text} layerRef={ref} />
          </Tooltip>
        )}
      </Polygon>
    ),
    [positions, createdClass, interactive, eventHandlers, hasTooltip, text],
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
  const classes = props.hidden
    ? `${props.className} hs-hidden`
    : props.highlighted
      ? `${props.className} hs-highlight`
      : props.className;
  // As CountryPath: a new count or colour renders this component, not its Leaflet ones.
  const { eventHandlers, text, createdClass, interactive } = useAreaShape(
    ref,
    props,
    classes,
    props.label ?? props.tooltip ?? '',
  );
  useClosedTooltip(ref, props.hidden === true);
  const { radius } = props;
  const tooltip = props.label ? 'label' : props.tooltip !== null ? 'hover' : null;
  return useMemo(
    () => (
      <CircleMarker
        ref={ref}
        center={center}
        radius={radius}
        className={createdClass}
        interactive={interactive}
        eventHandlers={eventHandlers}
      >
        {tooltip === 'label' ? (
          // Beside the circle, not on it: a suppressed bin is small, and its label must stay legible.
          <Tooltip permanent direction="right" offset={[radius, 0]} className="hs-bin-label">
            <LiveTooltipText text={text} layerRef={ref} />
          </Tooltip>
        ) : (
          tooltip === 'hover' && (
            <Tooltip>
              <LiveTooltipText text={text} layerRef={ref} />
            </Tooltip>
          )
        )}
      </CircleMarker>
    ),
    [center, radius, createdClass, interactive, eventHandlers, tooltip, text],
  );
});
