import { HotspotsView } from '../../features/hotspots/hotspots-view.tsx';

export function MapPage() {
  return <HotspotsView />;
}
