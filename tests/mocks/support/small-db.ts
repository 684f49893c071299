/**
 * A small seeded store and its reports materialised as plain objects, so that tests can
 * compare what the store answers with a brute-force computation over every report.
 */
import { createIntakeDb } from '../../../mocks/db/create-intake-db.ts';
import type { Caller, IntakeDb } from '../../../mocks/db/intake-db.ts';
import type { Report } from '../../../src/api/contract/report-schemas.ts';
import type { Filters } from '../../../src/api/contract/filter-params.ts';

export const SMALL_SIZE = 3000;
export const SMALL_SEED = 7;
export const SMALL_END = '2026-01-31';

export const analyst: Caller = { role: 'analyst', scopeCountries: null, k: 11 };

export function partner(countries: readonly string[], k = 11): Caller {
  return { role: 'partner', scopeCountries: new Set(countries), k };
}

export interface SmallWorld {
  db: IntakeDb;
  reports: Report[];
  byId: Map<string, Report>;
  regionOf: Map<string, string>;
  countryName: Map<string, string>;
}

let world: SmallWorld | null = null;

export function smallWorld(): SmallWorld {
  if (world) return world;
  const db = createIntakeDb({ size: SMALL_SIZE, seed: SMALL_SEED, endDate: SMALL_END });
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = db.listReports(
      analyst,
      {},
      { field: 'receivedAt', direction: 'asc' },
      200,
      cursor,
    );
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor);
  const reports = ids.map((id) => {
    const r = db.getReport(analyst, id);
    if (!r) throw new Error(`no report ${id}`);
    return r;
  });
  const meta = db.metadata(analyst);
  world = {
    db,
    reports,
    byId: new Map(reports.map((r) => [r.id, r])),
    regionOf: new Map(meta.countries.map((c) => [c.code, c.region])),
    countryName: new Map(meta.countries.map((c) => [c.code, c.name])),
  };
  return world;
}

const anyOf = <T>(selected: readonly T[] | undefined, values: readonly T[]) =>
  !selected || selected.length === 0 || values.some((v) => selected.includes(v));

const haystacks = new WeakMap<Report, string[]>();

/** The filter semantics of filter-params.ts, written the slow and obvious way. */
export function referenceMatch(
  w: SmallWorld,
  r: Report,
  f: Filters,
  caller: Caller = analyst,
): boolean {
  const day = r.receivedAt.slice(0, 10);
  const { country, lat, lon } = r.location;
  if (caller.scopeCountries && !caller.scopeCountries.has(country)) return false;
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  if (!anyOf(f.source, [r.source])) return false;
  if (!anyOf(f.status, [r.status])) return false;
  if (!anyOf(f.urgency, [r.urgency])) return false;
  if (!anyOf(f.setting, [r.setting])) return false;
  if (!anyOf(f.groomingStage, [r.groomingStage])) return false;
  if (!anyOf(f.reporterRelation, [r.reporterRelation])) return false;
  if (!anyOf(f.platform, r.platforms)) return false;
  if (!anyOf(f.indicator, r.indicators)) return false;
  if (!anyOf(f.exploitationType, r.exploitationTypes)) return false;
  if (
    !anyOf(
      f.ageBand,
      r.subjects.map((s) => s.ageBand),
    )
  )
    return false;
  if (
    !anyOf(
      f.gender,
      r.subjects.map((s) => s.gender),
    )
  )
    return false;
  if (!anyOf(f.country, [country])) return false;
  if (!anyOf(f.region, [w.regionOf.get(country) ?? ''])) return false;
  if (!anyOf(f.tag, r.tags)) return false;
  if (f.hasCoordinates !== undefined && (lat !== undefined) !== f.hasCoordinates) return false;
  if (f.bbox) {
    if (lat === undefined || lon === undefined) return false;
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    if (lat < minLat || lat > maxLat) return false;
    const inLon =
      minLon <= maxLon ? lon >= minLon && lon <= maxLon : lon >= minLon || lon <= maxLon;
    if (!inLon) return false;
  }
  if (f.q) {
    let hay = haystacks.get(r);
    if (!hay) {
      hay = [r.narrative, ...r.tags, r.id].map((s) => s.toLowerCase());
      haystacks.set(r, hay);
    }
    for (const word of f.q.toLowerCase().split(/\s+/).filter(Boolean)) {
      if (!hay.some((h) => h.includes(word))) return false;
    }
  }
  return true;
}

/** Every id the store lists for the filters, walking all pages. */
export function listAllIds(db: IntakeDb, caller: Caller, filters: Filters, limit = 200): string[] {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = db.listReports(
      caller,
      filters,
      { field: 'receivedAt', direction: 'asc' },
      limit,
      cursor,
    );
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}
