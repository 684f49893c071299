/**
 * Located reports binned on a grid of `cellSize` degrees. Cells are aligned to multiples
 * of the cell size (south = floor(lat / size) · size, likewise west) and half-open
 * ([south, south + size)); only cells whose index range covers the extent are returned
 * (both sides of the antimeridian when the extent crosses it), and located reports in any
 * other cell count in `outsideExtent`. So cells + outsideExtent + withoutCoordinates = total.
 *
 * Indexes are computed on integers (degrees × 10⁵, the precision coordinates are stored
 * at), so a point on a grid line falls in the same cell on every query.
 */
import type { GridBins } from '../../src/api/contract/aggregate-schemas.ts';
import type { Bbox } from '../../src/api/contract/filter-params.ts';
import { BadQueryError, type Caller } from './intake-db.ts';
import type { StoreState } from './store-state.ts';
import { createCountTable } from './count-table.ts';
import { addTotals, type Matched } from './aggregate-breakdown.ts';
import { NO_COORDINATE } from './store-state.ts';

const SCALE = 1e5;
const MAX_GRID_CELLS = 8_000_000;

/** A grid cell index of a coordinate in degrees. */
export function cellIndex(degrees: number, cellSize: number): number {
  return Math.floor(Math.round(degrees * SCALE) / Math.round(cellSize * SCALE));
}

/** Inclusive index range of the cells that cover [min, max]. */
function indexRange(min: number, max: number, cellSize: number): [number, number] {
  const lo = cellIndex(min, cellSize);
  const hi = Math.ceil(Math.round(max * SCALE) / Math.round(cellSize * SCALE)) - 1;
  return [lo, Math.max(lo, hi)];
}

function edge(index: number, cellSize: number): number {
  return (index * Math.round(cellSize * SCALE)) / SCALE;
}

/** Reused between calls: a fine grid over the world is millions of cells. */
let scratch = new Int32Array(0);

export function gridBins(
  state: StoreState,
  caller: Caller,
  matched: Matched,
  cellSize: number,
  extent: Bbox,
): GridBins {
  const { rows } = matched;
  const [minLon, minLat, maxLon, maxLat] = extent;
  const [latLo, latHi] = indexRange(minLat, maxLat, cellSize);
  const worldWest = cellIndex(-180, cellSize);
  const worldEast = Math.ceil(Math.round(180 * SCALE) / Math.round(cellSize * SCALE)) - 1;
  // One or two runs of columns; an extent crossing the antimeridian wraps round.
  const lonRuns: [number, number][] =
    minLon <= maxLon
      ? [indexRange(minLon, maxLon, cellSize)]
      : [
          [cellIndex(minLon, cellSize), worldEast],
          [worldWest, indexRange(-180, maxLon, cellSize)[1]],
        ];
  const firstRun = lonRuns[0] as [number, number];
  const secondRun = lonRuns[1] ?? null;
  const width0 = firstRun[1] - firstRun[0] + 1;
  const width = width0 + (secondRun ? secondRun[1] - secondRun[0] + 1 : 0);
  const height = latHi - latLo + 1;
  const cellsNeeded = width * height;
  // The handler only passes the contract's cell sizes (≥ 0.1°: 6.5 M cells for the world);
  // anything finer would need gigabytes here.
  if (!(cellSize > 0) || cellsNeeded > MAX_GRID_CELLS) {
    throw new BadQueryError('cellSize', `A ${cellSize}° grid over this extent has too many cells.`);
  }
  if (scratch.length < cellsNeeded) scratch = new Int32Array(cellsNeeded);
  const grid = scratch;
  const touched: number[] = [];

  // Integer coordinates (degrees × 10⁵) and an integer cell step: one division per axis.
  const { latE5, lonE5 } = state;
  const step = Math.round(cellSize * SCALE);
  const [run0, run1] = firstRun;
  const [run2, run3] = secondRun ?? [1, 0];
  let outside = 0;
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j] as number;
    const y = latE5[r] as number;
    if (y === NO_COORDINATE) continue;
    const li = Math.floor(y / step);
    const lj = Math.floor((lonE5[r] as number) / step);
    const col =
      lj >= run0 && lj <= run1 ? lj - run0 : lj >= run2 && lj <= run3 ? width0 + lj - run2 : -1;
    if (col < 0 || li < latLo || li > latHi) {
      outside++;
      continue;
    }
    const at = (li - latLo) * width + col;
    if (grid[at] === 0) touched.push(at);
    grid[at] = (grid[at] as number) + 1;
  }

  // South to north, west to east (a typed array sorts numbers without a comparator).
  const order = Int32Array.from(touched).sort();
  const table = createCountTable(caller);
  const totals = addTotals(table, matched);
  const outsideCell = table.add(outside);
  const cells = Array.from(order, (at) => {
    const count = grid[at] as number;
    grid[at] = 0;
    const row = Math.floor(at / width);
    const col = at - row * width;
    const lj = col < width0 ? firstRun[0] + col : (secondRun as [number, number])[0] + col - width0;
    return { south: edge(latLo + row, cellSize), west: edge(lj, cellSize), cell: table.add(count) };
  });
  table.relate(totals.total, [...cells.map((c) => c.cell), outsideCell, totals.without]);
  return {
    cellSize,
    cells: cells.map((c) => ({ south: c.south, west: c.west, count: table.count(c.cell) })),
    outsideExtent: table.count(outsideCell),
    total: table.count(totals.total),
    withoutCoordinates: table.count(totals.without),
  };
}
