import { useId } from 'react';
import type { CountScale } from '../lib/count-scale.ts';
import { mapLegendEntries } from '../lib/map-legend-entries.ts';
import type { Disclosure, MapLayer } from '../lib/map-types.ts';

export interface MapLegendProps {
  layer: MapLayer;
  /** The scale the map is drawn with (the same object, so legend and map cannot disagree). */
  scale: CountScale;
  disclosure: Disclosure;
  /** Partners: an entry for the land outside their scope, drawn without data. */
  showOutsideScope?: boolean;
}

const TITLES: Record<MapLayer, string> = {
  choropleth: 'Reports per country',
  bins: 'Reports per grid cell',
  heat: 'Density of reports',
};

/** The map's key, as text with swatches: every class including "0" and "<k" (suppressed). */
export function MapLegend({ layer, scale, disclosure, showOutsideScope = false }: MapLegendProps) {
  const id = useId();
  const suppressed = scale.hasSuppressed;
  const entries = mapLegendEntries(layer, scale, disclosure, { outsideScope: showOutsideScope });
  return (
    // Not a landmark: it belongs to the map panel, whose landmark already has this name.
    <div className="hs-legend">
      <h3 id={id}>{TITLES[layer]}</h3>
      <ul aria-labelledby={id}>
        {entries.map((e) => (
          <li key={e.key}>
            <span className={`hs-swatch ${e.className}`} aria-hidden="true" />
            {e.label}
            {e.key === 'suppressed' && <span className="hs-note"> (suppressed)</span>}
          </li>
        ))}
      </ul>
      {layer === 'bins' && (
        <p>
          Circle area shows the reports in each cell.
          {suppressed &&
            ` Cells with fewer than ${disclosure.k} reports are drawn small and marked <${disclosure.k}.`}
        </p>
      )}
      {layer === 'heat' && suppressed && (
        <p>Cells with fewer than {disclosure.k} reports all count the same, whatever they hold.</p>
      )}
      <p>Country shapes: Natural Earth.</p>
    </div>
  );
}
