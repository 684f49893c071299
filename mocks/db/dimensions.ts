/**
 * The dimensions a breakdown or a grouped time series counts by, read off the columns:
 * single-valued ones (one Uint8 per row, optionally mapped, e.g. country → region) and
 * multi-valued ones (a bitmask per row; a report counts once under each of its values).
 */
import type { Dimension } from '../../src/api/contract/aggregate-terms.ts';
import { filterEnums } from '../../src/api/contract/enums.ts';
import type { StoreState } from './store-state.ts';

export interface DimensionSpec {
  readonly keys: readonly string[];
  readonly labels: readonly string[];
  /** Enum dimensions list every value, zeros included; country and region only those seen. */
  readonly listZeros: boolean;
  readonly single: { column: Uint8Array; map: Uint8Array | null } | null;
  readonly multi: Uint8Array | Uint16Array | null;
}

function enumKeys(name: keyof typeof filterEnums) {
  const e = filterEnums[name];
  const keys: readonly string[] = e.values;
  const labels = e.labels as Record<string, string>;
  return { keys, labels: keys.map((k) => labels[k] ?? k), listZeros: true };
}

export function dimensionSpec(state: StoreState, dimension: Dimension): DimensionSpec {
  const c = state.cols;
  const p = state.places;
  const single = (column: Uint8Array, map: Uint8Array | null = null) => ({
    single: { column, map },
    multi: null,
  });
  const multi = (column: Uint8Array | Uint16Array) => ({ single: null, multi: column });
  switch (dimension) {
    case 'country':
      return {
        keys: p.countryCodes,
        labels: p.countryNames,
        listZeros: false,
        ...single(c.country),
      };
    case 'region':
      return {
        keys: p.regionCodes,
        labels: p.regionNames,
        listZeros: false,
        ...single(c.country, p.regionOfCountry),
      };
    case 'source':
    case 'status':
    case 'urgency':
    case 'setting':
    case 'groomingStage':
    case 'reporterRelation':
      return { ...enumKeys(dimension), ...single(c[dimension]) };
    case 'platform':
      return { ...enumKeys(dimension), ...multi(c.platforms) };
    case 'indicator':
      return { ...enumKeys(dimension), ...multi(c.indicators) };
    case 'exploitationType':
      return { ...enumKeys(dimension), ...multi(c.exploitationTypes) };
    case 'ageBand':
      return { ...enumKeys(dimension), ...multi(c.ageBands) };
    case 'gender':
      return { ...enumKeys(dimension), ...multi(c.genders) };
  }
}

/**
 * Adds each row's value(s) into counts[bucket * keys + value], where a row's bucket is
 * dayToBucket[day[row]] (null: one bucket). Rows must be ascending (they are: matching rows
 * come out of the filter in row order), so a row's bucket never goes down.
 */
export function countByDimension(
  spec: DimensionSpec,
  rows: Uint32Array,
  counts: Float64Array,
  buckets: { day: Uint16Array; dayToBucket: Int32Array } | null,
): void {
  if (spec.single)
    countSingle(spec.single.column, spec.single.map, spec.keys.length, rows, counts, buckets);
  else countMulti(spec.multi as Uint8Array | Uint16Array, spec.keys.length, rows, counts, buckets);
}

function countSingle(
  column: Uint8Array,
  map: Uint8Array | null,
  width: number,
  rows: Uint32Array,
  counts: Float64Array,
  buckets: { day: Uint16Array; dayToBucket: Int32Array } | null,
): void {
  const n = rows.length;
  // Raw values first (a Uint8 histogram per bucket), mapped (country → region) at the end.
  const raw = new Int32Array((buckets ? counts.length / width : 1) * 256);
  if (buckets) {
    const { day, dayToBucket } = buckets;
    for (let j = 0; j < n; j++) {
      const r = rows[j] as number;
      const at = ((dayToBucket[day[r] as number] as number) << 8) | (column[r] as number);
      raw[at] = (raw[at] as number) + 1;
    }
  } else {
    for (let j = 0; j < n; j++) {
      const v = column[rows[j] as number] as number;
      raw[v] = (raw[v] as number) + 1;
    }
  }
  for (let at = 0; at < raw.length; at++) {
    const k = raw[at] as number;
    if (k === 0) continue;
    const v = at & 255;
    const out = (at >> 8) * width + (map ? (map[v] as number) : v);
    counts[out] = (counts[out] as number) + k;
  }
}

/**
 * Multi-valued: rather than walking each row's bits, count how many rows have each mask
 * byte (one increment per row and byte), then spread each byte's count over its bits once
 * per bucket.
 */
function countMulti(
  masks: Uint8Array | Uint16Array,
  width: number,
  rows: Uint32Array,
  counts: Float64Array,
  buckets: { day: Uint16Array; dayToBucket: Int32Array } | null,
): void {
  const n = rows.length;
  const wide = width > 8;
  const low = new Int32Array(256);
  const high = new Int32Array(256);
  let current = -1;
  const flush = (bucket: number) => {
    if (bucket < 0) return;
    const base = bucket * width;
    for (let x = 1; x < 256; x++) {
      const kl = low[x] as number;
      const kh = high[x] as number;
      if (kl === 0 && kh === 0) continue;
      for (let b = 0; b < 8; b++) {
        if (!(x & (1 << b))) continue;
        if (kl) counts[base + b] = (counts[base + b] as number) + kl;
        if (kh) counts[base + 8 + b] = (counts[base + 8 + b] as number) + kh;
      }
    }
    low.fill(0);
    high.fill(0);
  };
  const day = buckets?.day;
  const dayToBucket = buckets?.dayToBucket;
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    if (day && dayToBucket) {
      const b = dayToBucket[day[r] as number] as number;
      if (b !== current) {
        flush(current);
        current = b;
      }
    } else if (current < 0) current = 0;
    const m = masks[r] as number;
    const lo = m & 255;
    low[lo] = (low[lo] as number) + 1;
    if (wide) {
      const hi = m >> 8;
      high[hi] = (high[hi] as number) + 1;
    }
  }
  flush(current);
}
