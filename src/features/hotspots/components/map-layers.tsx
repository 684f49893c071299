import { Suspense, useMemo } from 'react';
import { Pane } from 'react-leaflet';
import type { Count } from '../../../api/contract/common-schemas.ts';
import { inScopeCells } from '../lib/area-rows.ts';
import { COUNTRY_BOXES } from '../lib/country-boxes.ts';
import { BinLayer } from './bin-layer.tsx';
import { CountryLayer } from './country-layer.tsx';
import { HeatLayer } from './heat-layer.tsx';
import type { HotspotMapProps } from './hotspot-map.tsx';
import { useCopyRange } from './map-view-sync.tsx';

const noop = () => {};

/**
 * The drawn layers, each in its own pane so the stacking holds whatever loads first: country
 * shapes (basemap or choropleth), then heat, then bins on top.
 */
export function MapLayers(
  props: Omit<HotspotMapProps, 'mapRef' | 'dataReady' | 'compact'> & { onShapesDrawn(): void },
) {
  const lonRange = useCopyRange();
  const scope = props.scope ?? null;
  const scopeSet = useMemo(() => (scope ? new Set(scope) : null), [scope]);
  // The page passes scoped data already; the map checks again, as it is what draws.
  const cells = useMemo(
    () => inScopeCells(props.cells, props.cellSize, scope, COUNTRY_BOXES),
    [props.cells, props.cellSize, scope],
  );
  const counts = useMemo(
    () => new Map<string, Count>(props.countries.map((c) => [c.country, c.count])),
    [props.countries],
  );
  const names = props.countryNames;
  const common = {
    scale: props.scale,
    disclosure: props.disclosure,
    lonRange,
    highlight: props.highlight ?? null,
    onHighlight: props.onHighlight ?? noop,
  };
  return (
    <>
      <Pane name="hs-countries" style={{ zIndex: 350 }}>
        <Suspense fallback={null}>
          <CountryLayer
            {...common}
            detail={props.detail ?? '110m'}
            choropleth={props.layer === 'choropleth'}
            counts={counts}
            scope={scopeSet}
            nameOf={(code, fallback) => names?.[code] ?? fallback}
            onSelectCountry={props.onSelectCountry}
            onDrawn={props.onShapesDrawn}
          />
        </Suspense>
      </Pane>
      <Pane name="hs-heat" style={{ zIndex: 420 }}>
        {props.layer === 'heat' && (
          <HeatLayer
            cells={cells}
            cellSize={props.cellSize}
            disclosure={props.disclosure}
            pane="hs-heat"
          />
        )}
      </Pane>
      <Pane name="hs-bins" style={{ zIndex: 450 }}>
        {props.layer === 'bins' && (
          <BinLayer
            {...common}
            cells={cells}
            cellSize={props.cellSize}
            onSelectCell={props.onSelectCell}
          />
        )}
      </Pane>
    </>
  );
}
