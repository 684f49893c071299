import { useMemo } from 'react';
import type { CountryBins, GridBins } from '../../../api/contract/aggregate-schemas.ts';
import {
  cellRows,
  countryRows,
  inScopeCells,
  inScopeCountries,
  withReports,
} from '../lib/area-rows.ts';
import { COUNTRY_BOXES } from '../lib/country-boxes.ts';
import { countryName } from '../../../lib/country-name.ts';
import { buildCountScale } from '../lib/count-scale.ts';
import type { Disclosure, MapLayer } from '../lib/map-types.ts';

export interface MapAreasInput {
  layer: MapLayer;
  countryBins: CountryBins | null;
  gridBins: GridBins | null;
  disclosure: Disclosure;
  /** A partner's countries; null for the whole world. */
  scope: readonly string[] | null;
  countryNames?: Readonly<Record<string, string>>;
}

/**
 * What the map and its table draw from an answer: the areas within the viewer's scope, the one
 * count scale the map and the legend share, and the table's rows in count order.
 */
export function useMapAreas(input: MapAreasInput) {
  const { layer, countryBins, gridBins, disclosure, scope, countryNames } = input;
  const grid = layer !== 'choropleth';
  const cellSize = gridBins?.cellSize ?? 1;
  const countries = useMemo(
    () => inScopeCountries(countryBins?.items ?? [], scope),
    [countryBins, scope],
  );
  const cells = useMemo(
    () => inScopeCells(gridBins?.cells ?? [], cellSize, scope, COUNTRY_BOXES),
    [gridBins, cellSize, scope],
  );
  const scale = useMemo(
    () =>
      buildCountScale(
        (grid ? cells : countries).map((x) => x.count),
        disclosure,
      ),
    [grid, cells, countries, disclosure],
  );
  const rows = useMemo(
    () =>
      grid
        ? cellRows(cells, cellSize, disclosure)
        : countryRows(
            withReports(countries),
            disclosure,
            (code) => countryNames?.[code] ?? countryName(code),
          ),
    [grid, cells, cellSize, countries, disclosure, countryNames],
  );
  return { grid, cellSize, countries, cells, scale, rows, totals: grid ? gridBins : countryBins };
}
