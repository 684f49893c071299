import 'leaflet/dist/leaflet.css';
import { CircleMarker, GeoJSON, MapContainer } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land110m from 'world-atlas/land-110m.json';
import type { Report } from '../../../api/contract/report-schemas.ts';

/**
 * A small, static map of where a case is: the coastline from Natural Earth (bundled, 56 kB,
 * only in this lazily loaded chunk) on a neutral background, and a dot. No tiles: no third
 * party learns which places analysts look at, and it works offline.
 */

const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
const land = feature(topology, topology.objects.land);

/** Zoomed out enough that the coarse coastline still shows where the place is. */
const zoomFor: Record<Report['location']['precision'], number> = {
  exact: 6,
  city: 6,
  region: 5,
  country: 4,
};

export interface CaseLocationMapProps {
  lat: number;
  lon: number;
  precision: Report['location']['precision'];
  /** "Manchester, United Kingdom", for the map's text alternative. */
  place: string;
}

export function CaseLocationMap({ lat, lon, precision, place }: CaseLocationMapProps) {
  return (
    <div className="case-map" role="img" aria-label={`Map showing ${place}`}>
      <MapContainer
        // The map's centre is fixed at mount: a new place gets a new map.
        key={`${lat},${lon}`}
        center={[lat, lon]}
        zoom={zoomFor[precision]}
        zoomControl={false}
        attributionControl={false}
        keyboard={false}
        dragging={false}
        scrollWheelZoom={false}
        doubleClickZoom={false}
        touchZoom={false}
        boxZoom={false}
        className="case-map-canvas"
      >
        <GeoJSON data={land} interactive={false} style={{ className: 'case-map-land' }} />
        <CircleMarker
          center={[lat, lon]}
          radius={7}
          interactive={false}
          pathOptions={{ className: 'case-map-marker' }}
        />
      </MapContainer>
    </div>
  );
}
