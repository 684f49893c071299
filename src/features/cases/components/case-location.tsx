import { lazy, Suspense } from 'react';
import * as E from '../../../api/contract/enums.ts';
import type { Report } from '../../../api/contract/report-schemas.ts';
import { countryName } from '../../../lib/country-name.ts';
import { formatCoordinates, formatLocation, hasCoordinates, labelOf } from '../lib/case-format.ts';

// Leaflet and the coastline only load when a case with coordinates is opened.
const CaseLocationMap = lazy(() =>
  import('./case-location-map.tsx').then((m) => ({ default: m.CaseLocationMap })),
);

export function CaseLocation({ location }: { location: Report['location'] }) {
  const place = formatLocation(location);
  return (
    <div className="case-location">
      <p>
        <bdi>{place}</bdi>
        {location.admin1 && location.city && (
          <span className="case-muted">
            {' '}
            (<bdi>{location.admin1}</bdi>, {countryName(location.country)})
          </span>
        )}
      </p>
      <p className="case-muted">Precision: {labelOf(E.locationPrecision, location.precision)}</p>
      {hasCoordinates(location) ? (
        <>
          <p>{formatCoordinates(location.lat, location.lon)}</p>
          <Suspense fallback={<div className="case-map case-map--loading">Loading map…</div>}>
            <CaseLocationMap
              lat={location.lat}
              lon={location.lon}
              precision={location.precision}
              place={place}
            />
          </Suspense>
        </>
      ) : (
        <p>No coordinates</p>
      )}
    </div>
  );
}
