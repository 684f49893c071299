import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Me } from '../../../api/contract/session-schemas.ts';
import { useMe, useMetadata } from '../../../api/session/me-query.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { ViewErrorBoundary } from '../../../components/view-error-boundary.tsx';
import { filterSearch } from '../../../filters/filter-state.ts';
import { useFilters } from '../../../filters/use-filters.ts';
import { useReadsOnFilterChange } from '../../../filters/use-filter-reads.ts';
import { useConfig } from '../../../lib/config-context.tsx';
import { useNearViewport } from '../../../lib/use-near-viewport.ts';
import { countryBinsQueryOptions } from '../api/geo-queries.ts';
import { useMapAreas } from '../hooks/use-map-areas.ts';
import type { AreaRow } from '../lib/area-rows.ts';
import { disclosureFor, scopeFor } from '../lib/viewer.ts';
import { AreaList } from './area-list.tsx';
import { HotspotMap, preloadLeafletMap } from './hotspot-map.tsx';
import { MapDataState } from './map-data-state.tsx';
import { MapLegend } from './map-legend.tsx';
import { UnlocatedCount } from './unlocated-count.tsx';

const noop = () => {};
// The overview draws no bins: one empty list, so the memoised map sees the same props.
const NO_CELLS: [] = [];

/**
 * The overview's map: reports per country for the current filters, the count without
 * coordinates, the top countries as a table (the keyboard alternative) and a link to the
 * full map with the same filters. Clicking a country filters, as on the map page.
 */
export function HotspotOverviewPanel() {
  const me = useMe();
  const { search } = useLocation();
  const { apiFilters } = useFilters();
  // The counts do not depend on who is asking (the API scopes them by the token): ask now,
  // alongside `/me`, not after it (the benchmark showed the map's request waiting on it).
  usePrefetchQuery(countryBinsQueryOptions(apiFilters));
  // And a filter change's, with the URL change (see filter-reads.ts).
  useReadsOnFilterChange((filters) => [countryBinsQueryOptions(filters)]);
  // Leaflet and the basemap load once the section is within a screen of the viewport (on a
  // laptop, at once; on a phone, not until the reader scrolls towards it), and the map is
  // built when it is about to show (HotspotMap). The section is there before `/me` answers.
  const [sectionRef, approaching] = useNearViewport<HTMLElement>('100%');
  useEffect(() => {
    if (approaching) preloadLeafletMap();
  }, [approaching]);
  const titleId = useId();
  return (
    <section ref={sectionRef} className="hs-overview" aria-labelledby={titleId}>
      <h2 id={titleId}>Where reports come from</h2>
      <ViewErrorBoundary name="Overview map">
        <QueryState query={me} label="your access to the map">
          {(me) => <OverviewMap me={me} />}
        </QueryState>
      </ViewErrorBoundary>
      <p>
        <Link to={`/map${filterSearch(search)}`}>Open the map</Link>
      </p>
    </section>
  );
}

function OverviewMap({ me }: { me: Me }) {
  const { filters, apiFilters, setFilters } = useFilters();
  const { mapTiles } = useConfig();
  const metadata = useMetadata();
  // Drawn in the render that brings the answers, as the overview's figures are (see
  // OverviewContent).
  const query = useQuery(countryBinsQueryOptions(apiFilters));
  const drawnSearch = useLocation().search;
  const [highlight, setHighlight] = useState<string | null>(null);
  const disclosure = useMemo(() => disclosureFor(me), [me]);
  const scope = useMemo(() => scopeFor(me), [me]);
  const names = useMemo(
    () => Object.fromEntries((metadata.data?.countries ?? []).map((c) => [c.code, c.name])),
    [metadata.data],
  );
  const { countries, scale, rows } = useMapAreas({
    layer: 'choropleth',
    countryBins: query.data ?? null,
    gridBins: null,
    disclosure,
    scope: scope?.countries ?? null,
    countryNames: names,
  });
  // Keyed on the codes, not the array (a new one at every URL change), so the memoised map
  // is left alone when another filter changes.
  const chosen = filters.country?.join(',') ?? '';
  const select = useCallback(
    (code: string) => {
      const current = chosen ? chosen.split(',') : [];
      if (!current.includes(code)) setFilters({ country: [...current, code] });
    },
    [chosen, setFilters],
  );
  const activate = (row: AreaRow) => row.kind === 'country' && select(row.country);

  return (
    <div className="hs-overview-body">
      <HotspotMap
        compact
        drawnFor={drawnSearch}
        layer="choropleth"
        countries={countries}
        cells={NO_CELLS}
        cellSize={1}
        scale={scale}
        disclosure={disclosure}
        view={null}
        onViewChange={noop}
        onSelectCountry={select}
        onSelectCell={noop}
        scope={scope?.countries ?? null}
        tiles={mapTiles}
        countryNames={names}
        highlight={highlight}
        onHighlight={setHighlight}
        label={`Map: Reports per country${scope ? ` — ${scope.label}` : ''}`}
        dataReady={query.isSuccess && !query.isPlaceholderData && !query.isFetching}
      />
      <div className="hs-side">
        <MapDataState query={query} label="the counts per country">
          {query.data && (
            <UnlocatedCount
              count={query.data.withoutCoordinates}
              disclosure={disclosure}
              layer="choropleth"
            />
          )}
          <MapLegend
            layer="choropleth"
            scale={scale}
            disclosure={disclosure}
            showOutsideScope={scope !== null}
          />
          <AreaList
            rows={rows}
            caption="Countries, most reports first"
            disclosure={disclosure}
            onActivate={activate}
            highlight={highlight}
            onHighlight={setHighlight}
            limit={5}
          />
        </MapDataState>
      </div>
    </div>
  );
}
