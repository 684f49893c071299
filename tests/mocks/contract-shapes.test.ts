import { describe, expect, it } from 'vitest';
import {
  Breakdown,
  CountryBins,
  GridBins,
  TimeSeries,
} from '../../src/api/contract/aggregate-schemas.ts';
import { Report, ReportPage } from '../../src/api/contract/report-schemas.ts';
import { Metadata } from '../../src/api/contract/session-schemas.ts';
import { analyst, partner, smallWorld } from './support/small-db.ts';

const w = smallWorld();
const p = partner(w.db.regions().find((r) => r.code === '014')?.countries ?? []);

/** Parses with the contract's schema and shows the first issue when it does not fit. */
function fits(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success, JSON.stringify(result.error?.issues[0])).toBe(true);
}

describe('store answers have the contract shapes', () => {
  it('reports, pages and metadata', () => {
    for (const r of w.reports.slice(0, 300)) fits(Report, r);
    fits(
      ReportPage,
      w.db.listReports(analyst, { q: 'script' }, { field: 'urgency', direction: 'asc' }, 200, null),
    );
    fits(Metadata, w.db.metadata(analyst));
    fits(Metadata, w.db.metadata(p));
  });

  it('aggregates, for analysts and partners', () => {
    for (const caller of [analyst, p]) {
      fits(TimeSeries, w.db.timeSeries(caller, {}, 'week', 'ageBand', 4));
      fits(TimeSeries, w.db.timeSeries(caller, { from: '2025-06-01' }, 'day', null, null));
      fits(Breakdown, w.db.breakdown(caller, {}, 'indicator', null));
      fits(Breakdown, w.db.breakdown(caller, {}, 'country', 3));
      fits(CountryBins, w.db.countryBins(caller, {}));
      fits(GridBins, w.db.gridBins(caller, {}, 0.5, [20, -20, 55, 20]));
    }
  });

  it('an empty store answers too', async () => {
    const { createIntakeDb } = await import('../../mocks/db/create-intake-db.ts');
    const empty = createIntakeDb({ size: 0, seed: 0, endDate: '2026-01-31' });
    const meta = empty.metadata(analyst);
    fits(Metadata, meta);
    expect(meta.dataRange).toEqual({ from: null, to: null });
    const ts = empty.timeSeries(analyst, {}, 'month', 'status', null);
    fits(TimeSeries, ts);
    expect(ts.buckets).toHaveLength(1);
    expect(
      empty.listReports(analyst, {}, { field: 'receivedAt', direction: 'desc' }, 50, null),
    ).toEqual({
      items: [],
      total: 0,
      nextCursor: null,
    });
    fits(GridBins, empty.gridBins(analyst, {}, 1, [-180, -90, 180, 90]));
  });
});
