import { useId } from 'react';
import { legendEntries, type CountScale } from '../lib/count-scale.ts';
import type { Disclosure, MapLayer } from '../lib/map-types.ts';
import { OUTSIDE_CLASS_NAME, stepClassName } from '../lib/palette.ts';

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
  const entries =
    layer === 'heat'
      ? [
          { key: 'low', label: 'Fewer reports', className: stepClassName(0) },
          { key: 'high', label: 'More reports', className: stepClassName(6) },
        ]
      : legendEntries(scale, disclosure);
  return (
    <section className="hs-legend" aria-labelledby={id}>
      <h3 id={id}>{TITLES[layer]}</h3>
      <ul aria-labelledby={id}>
        {entries.map((e) => (
          <li key={e.key}>
            <span className={`hs-swatch ${e.className}`} aria-hidden="true" />
            {e.label}
            {e.key === 'suppressed' && <span className="hs-note"> (suppressed)</span>}
          </li>
        ))}
        {showOutsideScope && (
          <li>
            <span className={`hs-swatch ${OUTSIDE_CLASS_NAME}`} aria-hidden="true" />
            Outside your area (no data shown)
          </li>
        )}
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
    </section>
  );
}
