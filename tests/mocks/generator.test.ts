import { describe, expect, it } from 'vitest';
import { generateReports } from '../../mocks/generator/generate-reports.ts';
import type { ReportColumns } from '../../mocks/generator/report-columns.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { idToRow, rowToId, scrambleRow, unscrambleRow } from '../../mocks/generator/report-id.ts';
import { createRng } from '../../mocks/generator/prng.ts';
import { createWeightedPicker } from '../../mocks/generator/weighted-picker.ts';
import { getPlaceIndex } from '../../mocks/generator/place-index.ts';
import { dayNumber } from '../../mocks/generator/time-profile.ts';
import { weekdayOf } from '../../src/lib/dates.ts';
import * as E from '../../src/api/contract/enums.ts';
import { analyst } from './support/small-db.ts';

const END = '2026-01-31';

/** A digest of every column, so "the same data" means every value of every row. */
function digest(c: ReportColumns): string {
  let h = 0x811c9dc5;
  for (const value of Object.values(c)) {
    if (!ArrayBuffer.isView(value)) continue;
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  }
  return (h >>> 0).toString(16);
}

describe('the generator is deterministic', () => {
  it('same seed, size and end date → the same columns; another seed or end date → different', () => {
    const a = generateReports({ size: 5000, seed: 11, endDate: END });
    const b = generateReports({ size: 5000, seed: 11, endDate: END });
    expect(digest(a)).toBe(digest(b));
    expect(digest(generateReports({ size: 5000, seed: 12, endDate: END }))).not.toBe(digest(a));
    expect(digest(generateReports({ size: 5000, seed: 11, endDate: '2026-01-30' }))).not.toBe(
      digest(a),
    );
  });

  it('same seed → the same first and last reports through the store', () => {
    const one = createIntakeDb({ size: 2000, seed: 3, endDate: END });
    const two = createIntakeDb({ size: 2000, seed: 3, endDate: END });
    const other = createIntakeDb({ size: 2000, seed: 4, endDate: END });
    for (const direction of ['asc', 'desc'] as const) {
      const sort = { field: 'receivedAt' as const, direction };
      const [x, y, z] = [one, two, other].map(
        (db) => db.listReports(analyst, {}, sort, 1, null).items[0],
      );
      expect(x).toEqual(y);
      expect(one.getReport(analyst, x?.id ?? '')).toEqual(two.getReport(analyst, y?.id ?? ''));
      expect(z).not.toEqual(x);
    }
  });

  it('the prng and the weighted picker are seeded and follow the weights', () => {
    const r1 = createRng(5);
    const r2 = createRng(5);
    expect(Array.from({ length: 5 }, () => r1.next())).toEqual(
      Array.from({ length: 5 }, () => r2.next()),
    );
    const picker = createWeightedPicker([1, 0, 3]);
    const rng = createRng(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40000; i++) {
      const k = picker.pick(rng);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.7);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.3);
  });
});

describe('the present', () => {
  it('no report is received after "now" on the last day, and the daily counts stay the same', () => {
    const noon = Date.UTC(2026, 10, 27, 12, 0, 0);
    const whole = generateReports({ size: 20_000, seed: 5, endDate: '2026-11-27' });
    const morning = generateReports({ size: 20_000, seed: 5, endDate: '2026-11-27', now: noon });
    expect(Math.max(...morning.receivedAt)).toBeLessThan(noon);
    expect(Math.max(...whole.receivedAt)).toBeGreaterThan(noon);
    expect([...morning.day]).toEqual([...whole.day]);
  });
});

describe('ids', () => {
  it('are opaque, unique and map back to their row', () => {
    const seen = new Set<string>();
    for (let row = 0; row < 50000; row++) {
      const id = rowToId(row);
      expect(id).toMatch(/^R-[0-9A-Z]{7}$/);
      seen.add(id);
      if (row % 97 === 0) expect(idToRow(id, 50000)).toBe(row);
    }
    expect(seen.size).toBe(50000);
    expect(rowToId(0)).not.toBe('R-0000000');
    expect(idToRow(rowToId(60000), 50000)).toBe(-1);
    expect(idToRow('r-' + rowToId(5).slice(2), 50000)).toBe(-1);
    for (const x of [0, 1, 123456789, 0xffffffff])
      expect(unscrambleRow(scrambleRow(x))).toBe(x >>> 0);
  });
});

describe('the data look like the domain', () => {
  const c = generateReports({ size: 25000, seed: 1, endDate: END });
  const share = (pred: (row: number) => boolean) => {
    let n = 0;
    for (let r = 0; r < c.size; r++) if (pred(r)) n++;
    return n / c.size;
  };
  const idx = <T extends string>(values: readonly T[], v: T) => values.indexOf(v);

  it('rows are in time order, over four years ending on the end date', () => {
    let outOfOrder = 0;
    for (let r = 1; r < c.size; r++)
      if ((c.receivedAt[r] as number) < (c.receivedAt[r - 1] as number)) outOfOrder++;
    expect(outOfOrder).toBe(0);
    expect(c.lastDay).toBe(dayNumber(END));
    expect(c.lastDay - c.firstDay + 1).toBe(1461);
    expect(new Date(c.receivedAt[c.size - 1] as number).toISOString().slice(0, 10) <= END).toBe(
      true,
    );
  });

  it('grows over time, with a weekly rhythm', () => {
    const days = c.dayFirstRow.length - 1;
    const rowsIn = (fromDay: number, toDay: number) =>
      (c.dayFirstRow[toDay] as number) - (c.dayFirstRow[fromDay] as number);
    expect(rowsIn(days - 365, days)).toBeGreaterThan(1.6 * rowsIn(0, 365));
    const byWeekday = new Array<number>(7).fill(0);
    for (let r = 0; r < c.size; r++) {
      const wd = weekdayOf(c.firstDay + (c.day[r] as number));
      byWeekday[wd] = (byWeekday[wd] ?? 0) + 1;
    }
    expect(byWeekday[0]).toBeGreaterThan(byWeekday[5] ?? 0);
  });

  it('about 35% of reports have no coordinates', () => {
    const without = share((r) => Number.isNaN(c.lat[r]));
    expect(without).toBeGreaterThan(0.3);
    expect(without).toBeLessThan(0.4);
  });

  it('mostly online, on social media, games and dating apps; mostly about children and young people', () => {
    expect(share((r) => c.setting[r] === idx(E.setting.values, 'online'))).toBeGreaterThan(0.5);
    const platform = (v: (typeof E.platform.values)[number]) =>
      share((r) => ((c.platforms[r] as number) & (1 << idx(E.platform.values, v))) !== 0);
    expect(platform('social_media')).toBeGreaterThan(platform('classifieds') * 4);
    expect(platform('online_gaming')).toBeGreaterThan(platform('other') * 3);
    expect(platform('dating_app')).toBeGreaterThan(platform('classifieds'));
    const under18 = (1 << idx(E.ageBand.values, '0-8')) | (1 << idx(E.ageBand.values, '9-17'));
    const young =
      under18 | (1 << idx(E.ageBand.values, '18-20')) | (1 << idx(E.ageBand.values, '21-23'));
    expect(share((r) => ((c.ageBands[r] as number) & under18) !== 0)).toBeGreaterThan(0.4);
    expect(share((r) => ((c.ageBands[r] as number) & young) !== 0)).toBeGreaterThan(0.6);
  });

  it('red flags fit the grooming stage', () => {
    const stage = idx(E.groomingStage.values, 'relationship_building');
    const debt = 1 << idx(E.indicator.values, 'debt_bondage');
    const friend = 1 << idx(E.indicator.values, 'mass_friend_requests');
    const atStage = share((r) => c.groomingStage[r] === stage);
    const withDebt = share(
      (r) => c.groomingStage[r] === stage && ((c.indicators[r] as number) & debt) !== 0,
    );
    const withFriends = share(
      (r) => c.groomingStage[r] === stage && ((c.indicators[r] as number) & friend) !== 0,
    );
    expect(withDebt).toBe(0);
    expect(withFriends / atStage).toBeGreaterThan(0.2);
  });

  it('old reports are closed or referred, the newest mostly new or triaged', () => {
    const done = [idx(E.status.values, 'closed'), idx(E.status.values, 'referred')];
    const old = (r: number) => c.lastDay - c.firstDay - (c.day[r] as number) > 60;
    let oldRows = 0;
    let oldDone = 0;
    let recent = 0;
    let recentOpen = 0;
    for (let r = 0; r < c.size; r++) {
      if (old(r)) {
        oldRows++;
        if (done.includes(c.status[r] as number)) oldDone++;
      } else if (c.lastDay - c.firstDay - (c.day[r] as number) <= 2) {
        recent++;
        if ((c.status[r] as number) <= idx(E.status.values, 'triaged')) recentOpen++;
      }
    }
    expect(oldDone / oldRows).toBeGreaterThan(0.85);
    expect(recentOpen / recent).toBeGreaterThan(0.8);
  });

  it('clusters around real cities (a few km), with some countries far busier than others', () => {
    const counts = new Map<number, number>();
    for (let r = 0; r < c.size; r++)
      counts.set(c.country[r] as number, (counts.get(c.country[r] as number) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(20 * (sorted[sorted.length - 1] ?? 1));
    expect(counts.size).toBeGreaterThan(120);
    const places = getPlaceIndex();
    const exact = idx(E.locationPrecision.values, 'exact');
    let located = 0;
    let far = 0;
    for (let r = 0; r < c.size; r++) {
      if (c.locationPrecision[r] !== exact) continue;
      const city = places.cities[c.city[r] as number];
      if (!city || city.country !== c.country[r])
        throw new Error('exact location without a city of its country');
      const km = Math.hypot(
        ((c.lat[r] as number) - city.lat) * 111.32,
        ((((c.lon[r] as number) - city.lon + 540) % 360) - 180) *
          111.32 *
          Math.cos((city.lat * Math.PI) / 180),
      );
      if (km > 25) far++;
      located++;
    }
    expect(far).toBe(0);
    expect(located / c.size).toBeGreaterThan(0.3);
  });
});
