import { use, useEffect, useState, type ReactElement } from 'react';
import { useLatestCallback } from '../../../lib/use-latest-callback.ts';
import { useProgressiveCount } from '../hooks/use-progressive-count.ts';
import type { Count } from '../../../api/contract/common-schemas.ts';
import { areaHandlers } from '../lib/area-handlers.ts';
import { countryAreaId } from '../lib/area-rows.ts';
import { boxCentre, COUNTRY_BOXES } from '../lib/country-boxes.ts';
import type { CountryShape, ShapeDetail } from '../lib/country-shapes.ts';
import { countryShapes } from '../lib/load-country-shapes.ts';
import type { CountScale } from '../lib/count-scale.ts';
import { countPhrase } from '../lib/disclosure.ts';
import type { Disclosure } from '../lib/map-types.ts';
import { OUTSIDE_CLASS_NAME } from '../lib/palette.ts';
import { copyOffsets } from '../lib/world-copies.ts';
import { AreaCircle, CountryPath, type AreaShapeProps } from './country-path.tsx';

const ZERO: Count = { count: 0, suppressed: false };
const SYMBOL_RADIUS = 6;
const LAND: AreaShapeProps = {
  areaId: null,
  className: 'hs-country hs-land',
  highlighted: false,
  tooltip: null,
  onSelect: null,
  onHover: null,
};

export interface CountryLayerProps {
  detail: ShapeDetail;
  /** Colour by count (choropleth) or draw plain land under the grid layers. */
  choropleth: boolean;
  counts: ReadonlyMap<string, Count>;
  scale: CountScale;
  disclosure: Disclosure;
  scope: ReadonlySet<string> | null;
  /** Unwrapped longitudes to draw world copies for (see useCopyRange). */
  lonRange: readonly [number, number];
  highlight: string | null;
  nameOf(code: string, fallback: string): string;
  onSelectCountry(code: string): void;
  onHighlight(id: string | null): void;
  /** Called once every shape in view has been added to the map. */
  onDrawn(): void;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The small countries (no 1:110m shape) to keep a circle for: every one the answers have
 * named since the layer mounted, in the order first seen. Removing a circle when a filter
 * leaves its country out, and adding it back at the next, made Leaflet build, bind and
 * unbind 20–40 circles per filter change at 1M reports, where most small countries have a
 * few reports under one filter and none under the next.
 */
function useSmallCountriesSeen(
  counts: ReadonlyMap<string, Count>,
  shaped: ReadonlySet<string>,
  choropleth: boolean,
): ReadonlySet<string> {
  const [seen, setSeen] = useState(NONE);
  if (!choropleth) return NONE;
  const fresh = [...counts.keys()].filter(
    (code) => !shaped.has(code) && !seen.has(code) && COUNTRY_BOXES[code],
  );
  if (fresh.length === 0) return seen;
  // Stored during render (React's pattern for information from earlier renders).
  const next = new Set([...seen, ...fresh]);
  setSeen(next);
  return next;
}

/** Shapes added to the map per commit (see useProgressiveCount). */
const SHAPES_PER_STEP = 40;

/**
 * Shifted copies are built once per shape and offset: react-leaflet redraws on a new array.
 * The main world (offset 0) is the shape's own array: copying it cost every cold load a
 * copy of the basemap's 10,000 points.
 */
const shiftedCache = new WeakMap<CountryShape, Map<number, [number, number][][][]>>();
function positionsAt(shape: CountryShape, offset: number): [number, number][][][] {
  if (offset === 0) return shape.latLngs;
  let byOffset = shiftedCache.get(shape);
  if (!byOffset) shiftedCache.set(shape, (byOffset = new Map()));
  let positions = byOffset.get(offset);
  if (!positions) {
    positions = shape.latLngs.map((p) => p.map((r) => shiftLatLngs(r, offset)));
    byOffset.set(offset, positions);
  }
  return positions;
}

function shiftLatLngs(ring: readonly [number, number][], offset: number): [number, number][] {
  const out = new Array<[number, number]>(ring.length);
  for (let i = 0; i < ring.length; i++) out[i] = [ring[i]![0], ring[i]![1] + offset];
  return out;
}

/** Of several copies in range, the one nearest the middle of the view. */
function nearestOffset(offsets: number[], mid: number, centre: number): number {
  return offsets.reduce(
    (a, b) => (Math.abs(mid + b - centre) < Math.abs(mid + a - centre) ? b : a),
    offsets[0] ?? 0,
  );
}

/**
 * The country shapes: the basemap, and the choropleth when that layer is on. Countries with
 * data but too small for the shapes (Malta, Singapore, most island states) get a circle.
 */
export function CountryLayer(props: CountryLayerProps) {
  const { choropleth, counts, scale, disclosure, scope, lonRange, highlight } = props;
  // Suspends until the shapes chunk has loaded (the map shows its sea colour meanwhile).
  const shapes = use(countryShapes(props.detail));
  const centre = (lonRange[0] + lonRange[1]) / 2;
  const drawn = new Set<string>();
  // One pair of handlers per country for the layer's life, so a country's path (memoised)
  // redraws only when its colour, tooltip or highlight changes, not at every render.
  const onSelectCountry = useLatestCallback(props.onSelectCountry);
  const onHighlight = useLatestCallback(props.onHighlight);
  const handlersOf = (code: string) =>
    areaHandlers(onSelectCountry, code, () => ({
      onSelect: () => onSelectCountry(code),
      onHover: (on) => onHighlight(on ? countryAreaId(code) : null),
    }));

  const area = (code: string, fallbackName: string, mid: number, offsets: number[]) => {
    const active = choropleth && (!scope || scope.has(code));
    const count = counts.get(code) ?? ZERO;
    const first = !drawn.has(code);
    drawn.add(code);
    const shape: AreaShapeProps = {
      areaId: active ? countryAreaId(code) : null,
      className: active
        ? `hs-country ${scale.classify(count).className}`
        : `hs-country ${scope && !scope.has(code) ? OUTSIDE_CLASS_NAME : 'hs-land'}`,
      highlighted: false,
      tooltip: active
        ? `${props.nameOf(code, fallbackName)}: ${countPhrase(count, disclosure)}`
        : null,
      onSelect: active ? handlersOf(code).onSelect : null,
      onHover: active ? handlersOf(code).onHover : null,
    };
    const highlightAt =
      active && first && highlight === countryAreaId(code)
        ? nearestOffset(offsets, mid, centre)
        : null;
    return { active, highlightAt, shape };
  };

  const polygons = shapes.flatMap((shape, i) => {
    const offsets = copyOffsets(shape.west, shape.east, lonRange[0], lonRange[1]);
    const a = shape.code
      ? area(shape.code, shape.name, (shape.west + shape.east) / 2, offsets)
      : { active: false, highlightAt: null, shape: LAND };
    return offsets.map((offset) => (
      <CountryPath
        // Interactivity is fixed when Leaflet creates the layer: a new layer when it changes.
        key={`${i}:${offset}:${a.active}`}
        positions={positionsAt(shape, offset)}
        {...a.shape}
        highlighted={a.highlightAt === offset}
      />
    ));
  });

  // Small countries whose circle has been drawn: their circles stay on the map, hidden while
  // the answer has no count for them, so a filter change only hides and shows them.
  const circled = useSmallCountriesSeen(counts, drawn, choropleth);
  const symbols = [...circled].flatMap((code) => {
    // A finer basemap (the map page's) may have a shape for it.
    if (drawn.has(code)) return [];
    const box = COUNTRY_BOXES[code]!;
    const [lat, lon] = boxCentre(box);
    const offsets = copyOffsets(lon, lon, lonRange[0], lonRange[1]);
    const a = area(code, code, lon, offsets);
    if (!a.active) return [];
    const hidden = !counts.has(code);
    return offsets.map((offset) => (
      <AreaCircle
        key={`${code}:${offset}`}
        center={[lat, lon + offset]}
        radius={SYMBOL_RADIUS}
        {...a.shape}
        areaId={hidden ? null : a.shape.areaId}
        hidden={hidden}
        highlighted={a.highlightAt === offset}
      />
    ));
  });

  return <AddedInSteps shapes={[...polygons, ...symbols]} onDrawn={props.onDrawn} />;
}

/**
 * The shapes, SHAPES_PER_STEP more in each commit (see useProgressiveCount). A step renders
 * this alone: the layer above works out every shape's colour, tooltip and handlers once per
 * answer, not once per step (at load that was all ~250 shapes, six times over).
 */
function AddedInSteps({ shapes, onDrawn }: { shapes: ReactElement[]; onDrawn(): void }) {
  const shown = useProgressiveCount(shapes.length, SHAPES_PER_STEP);
  const complete = shown === shapes.length;
  useEffect(() => {
    if (complete) onDrawn();
  }, [complete, onDrawn]);
  return shapes.slice(0, shown);
}
