import { useMe } from '../../api/session/me-query.ts';
import { MatchingReportCount } from '../../components/matching-report-count.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ViewErrorBoundary } from '../../components/view-error-boundary.tsx';
import { HotspotMapSection } from './components/hotspot-map-section.tsx';
import { loadLeafletMap } from './components/hotspot-map.tsx';
import { countryShapes } from './lib/load-country-shapes.ts';

// Start loading Leaflet and the shapes with the page, not once `/me` has answered and the
// map mounts: the basemap is most of what the first draw waits for. (Each is loaded once.)
void loadLeafletMap();
void countryShapes();

/**
 * The map page. The map waits for `/me`: a partner's map opens on, and stays near, their
 * scope, and shows every small count as "<k" from its first frame.
 */
export function HotspotsView() {
  const me = useMe();
  return (
    <>
      <p className="page-intro">
        A map of where reports come from: counts per country, hotspot cells and a heat map for the
        current filters. Select an area on the map or in the table to filter every view by it.
      </p>
      <MatchingReportCount />
      <ViewErrorBoundary name="Map">
        <QueryState query={me} label="your access to the map">
          {(me) => <HotspotMapSection me={me} />}
        </QueryState>
      </ViewErrorBoundary>
    </>
  );
}
