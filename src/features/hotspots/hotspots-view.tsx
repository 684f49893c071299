import { useMe } from '../../api/session/me-query.ts';
import { MatchingReportCount } from '../../components/matching-report-count.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ViewErrorBoundary } from '../../components/view-error-boundary.tsx';
import { HotspotMapSection } from './components/hotspot-map-section.tsx';
import { preloadLeafletMap } from './components/hotspot-map.tsx';

// Start loading Leaflet and the shapes with the page, not once `/me` has answered and the
// map mounts: the basemap is most of what the first draw waits for.
preloadLeafletMap();

/**
 * The map page. The map waits for `/me`: a partner's map opens on, and stays near, their
 * scope, and shows every small count as "<k" from its first frame.
 */
export function HotspotsView() {
  const me = useMe();
  return (
    <>
      <MatchingReportCount />
      <ViewErrorBoundary name="Map">
        <QueryState query={me} label="your access to the map">
          {(me) => <HotspotMapSection me={me} />}
        </QueryState>
      </ViewErrorBoundary>
    </>
  );
}
