import { legendEntries, type CountScale, type LegendEntry } from './count-scale.ts';
import type { Disclosure, MapLayer } from './map-types.ts';
import { OUTSIDE_CLASS_NAME, stepClassName } from './palette.ts';

/**
 * The key of the map as drawn, for the legend beside it and the exported image alike: the
 * classes of the count scale (with "0" and "<k"), or low/high for the heat layer, and for a
 * partner the land outside their scope.
 */
export function mapLegendEntries(
  layer: MapLayer,
  scale: CountScale,
  disclosure: Disclosure,
  { outsideScope = false }: { outsideScope?: boolean } = {},
): LegendEntry[] {
  const entries: LegendEntry[] =
    layer === 'heat'
      ? [
          {
            key: 'low',
            label: 'Fewer reports',
            description: 'fewer reports',
            className: stepClassName(0),
          },
          {
            key: 'high',
            label: 'More reports',
            description: 'more reports',
            className: stepClassName(6),
          },
        ]
      : legendEntries(scale, disclosure);
  if (outsideScope) {
    entries.push({
      key: 'outside',
      label: 'Outside your area (no data shown)',
      description: 'outside your area, no data shown',
      className: OUTSIDE_CLASS_NAME,
    });
  }
  return entries;
}
