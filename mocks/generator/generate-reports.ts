/**
 * The seeded generator: same seed, endDate and size → the same reports, bit for bit.
 * Rows are written straight into typed-array columns in receivedAt order (the day counts
 * are fixed first, then each day's times are sorted), so a million reports build in about
 * a second and take tens of megabytes, with no per-report object ever created.
 */
import * as E from '../../src/api/contract/enums.ts';
import * as W from './distributions.ts';
import { createRng } from './prng.ts';
import { createWeightedPicker, type WeightedPicker } from './weighted-picker.ts';
import { dailyCounts, dayNumber, DAY_MS, HOUR_WEIGHTS } from './time-profile.ts';
import { getPlaceIndex } from './place-index.ts';
import { getFragmentPool, NO_FRAGMENT } from './fragment-pool.ts';
import { TAG_POOL } from './tag-pool.ts';
import { enumBit, enumIndex } from './enum-index.ts';
import { buildRowPickers } from './row-pickers.ts';
import { pickNarrative } from './pick-narrative.ts';
import { pickSource, pickTags } from './pick-source-and-tags.ts';
import {
  encodeSubject,
  NARRATIVE_SLOTS,
  NO_CITY,
  NO_INCIDENT_DATE,
  SUBJECT_SLOTS,
  type ReportColumns,
} from './report-columns.ts';

export interface GenerateOptions {
  size: number;
  seed: number;
  /** Last day of data, YYYY-MM-DD (UTC); default today (UTC). */
  endDate?: string;
  /** Length of the span in years; default 4. */
  years?: number;
  /**
   * The present (ms since epoch). Reports on the last day are received before it, so a demo
   * opened in the morning does not list reports "in 11 hours". Default: now when endDate is
   * not given (today's data), else the end of endDate (the same seed and endDate give the
   * same reports).
   */
  now?: number;
}

/** Independent random streams, so changing one part of the generator leaves the rest alone. */
const STREAM = { days: 1, times: 2, rows: 3 } as const; // 4: hotspots (row-pickers.ts)

const JITTER_KM = 3;
const KM_PER_DEGREE = 111.32;

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function generateReports(options: GenerateOptions): ReportColumns {
  const size = Math.max(0, Math.floor(options.size));
  const lastDay = dayNumber(options.endDate ?? todayUtc());
  if (!Number.isFinite(lastDay)) throw new Error(`generateReports: bad endDate ${options.endDate}`);
  const days = Math.round((options.years ?? 4) * 365.25);
  const firstDay = lastDay - days + 1;

  const cols = allocate(size, firstDay, lastDay, days);
  const now = options.now ?? (options.endDate === undefined ? Date.now() : Infinity);
  // How much of the last day has passed: its receipt times are squeezed into that part.
  const lastDayMs = Math.min(DAY_MS, Math.max(1, now - lastDay * DAY_MS));
  fillTimes(cols, options.seed, days, lastDayMs);
  fillRows(cols, options.seed);
  return cols;
}

function allocate(size: number, firstDay: number, lastDay: number, days: number) {
  return {
    size,
    firstDay,
    lastDay,
    receivedAt: new Float64Array(size),
    day: new Uint16Array(size),
    dayFirstRow: new Uint32Array(days + 1),
    incidentDaysBefore: new Uint16Array(size),
    incidentPrecision: new Uint8Array(size),
    source: new Uint8Array(size),
    status: new Uint8Array(size),
    urgency: new Uint8Array(size),
    setting: new Uint8Array(size),
    groomingStage: new Uint8Array(size),
    reporterRelation: new Uint8Array(size),
    anonymous: new Uint8Array(size),
    platforms: new Uint8Array(size),
    indicators: new Uint16Array(size),
    exploitationTypes: new Uint8Array(size),
    subjects: new Uint8Array(size * SUBJECT_SLOTS),
    subjectCounts: new Uint8Array(size * SUBJECT_SLOTS),
    ageBands: new Uint16Array(size),
    genders: new Uint8Array(size),
    country: new Uint8Array(size),
    city: new Uint16Array(size),
    locationPrecision: new Uint8Array(size),
    lat: new Float64Array(size),
    lon: new Float64Array(size),
    tags: new Uint16Array(size),
    mediaCount: new Uint8Array(size),
    narrative: new Uint16Array(size * NARRATIVE_SLOTS),
  } satisfies ReportColumns;
}

/** Day counts, then each day's receipt times (millisecond precision), sorted. */
function fillTimes(
  cols: ReturnType<typeof allocate>,
  seed: number,
  days: number,
  lastDayMs: number,
): void {
  const counts = dailyCounts(createRng(seed, STREAM.days), cols.firstDay, days, cols.size);
  const rng = createRng(seed, STREAM.times);
  const hours = createWeightedPicker(HOUR_WEIGHTS);
  let row = 0;
  let scratch = new Float64Array(64);
  for (let d = 0; d < days; d++) {
    cols.dayFirstRow[d] = row;
    const n = counts[d] as number;
    if (scratch.length < n) scratch = new Float64Array(n * 2);
    const times = scratch.subarray(0, n);
    for (let i = 0; i < n; i++) times[i] = hours.pick(rng) * 3_600_000 + rng.int(3_600_000);
    times.sort();
    if (d === days - 1 && lastDayMs < DAY_MS) {
      for (let i = 0; i < n; i++) times[i] = Math.floor(((times[i] as number) * lastDayMs) / DAY_MS);
    }
    const base = (cols.firstDay + d) * DAY_MS;
    for (let i = 0; i < n; i++, row++) {
      cols.receivedAt[row] = base + (times[i] as number);
      cols.day[row] = d;
    }
  }
  cols.dayFirstRow[days] = row;
}

function fillRows(cols: ReturnType<typeof allocate>, seed: number): void {
  const places = getPlaceIndex();
  const pool = getFragmentPool();
  const p = buildRowPickers(seed, places);
  const rng = createRng(seed, STREAM.rows);

  const S = E.setting.values;
  const G = E.groomingStage.values;
  const I = E.indicator.values;
  const X = E.exploitationType.values;
  const physical = enumIndex(S, 'physical');
  const stageExploitation = enumIndex(G, 'exploitation');
  const stageMeetUp = enumIndex(G, 'meet_up_coercion');
  const stageRelationship = enumIndex(G, 'relationship_building');
  const classifieds = enumIndex(E.platform.values, 'classifieds');
  const gaming = enumIndex(E.platform.values, 'online_gaming');
  const dating = enumIndex(E.platform.values, 'dating_app');
  const labourMask = W.labourIndicators.reduce((m, v) => m | enumBit(I, v), 0);
  const threatsMask = enumBit(I, 'threats') | enumBit(I, 'image_blackmail');
  const massRequests = enumBit(I, 'mass_friend_requests');
  const xSexual = enumIndex(X, 'sexual');
  const xUnknown = enumIndex(X, 'unknown');
  const xLabour = enumIndex(X, 'labour');
  const relationUnknown = enumIndex(E.reporterRelation.values, 'unknown');
  const urgencyValues = E.urgency.values;
  const immediate = enumIndex(urgencyValues, 'immediate_danger');
  const high = enumIndex(urgencyValues, 'high');
  const ageMinor = enumIndex(E.ageBand.values, '9-17');
  const ageYoungAdult = enumIndex(E.ageBand.values, '18-20');
  const precisionExact = enumIndex(E.locationPrecision.values, 'exact');
  const precisionCity = enumIndex(E.locationPrecision.values, 'city');
  const precisionCountry = enumIndex(E.locationPrecision.values, 'country');
  const incidentUnknown = enumIndex(E.incidentDatePrecision.values, 'unknown');
  const statusNew = enumIndex(E.status.values, 'new');
  const tagBits = Object.fromEntries(TAG_POOL.map((t, i) => [t, 1 << i])) as Record<
    (typeof TAG_POOL)[number],
    number
  >;
  const slots = new Uint16Array(8);

  for (let r = 0; r < cols.size; r++) {
    const ageDays = cols.lastDay - cols.firstDay - (cols.day[r] as number);
    const t = cols.lastDay > cols.firstDay ? 1 - ageDays / (cols.lastDay - cols.firstDay) : 1;

    // Setting, platforms, stage, red flags.
    const setting = p.setting.pick(rng);
    cols.setting[r] = setting;
    let platforms = 0;
    if (setting === physical) {
      if (rng.chance(0.15)) platforms = 1 << classifieds;
    } else {
      const n = 1 + (rng.chance(0.35) ? 1 : 0) + (rng.chance(0.08) ? 1 : 0);
      for (let k = 0, tries = 0; k < n && tries < 8; tries++) {
        const b = 1 << p.platform.pick(rng);
        if (!(platforms & b)) {
          platforms |= b;
          k++;
        }
      }
    }
    cols.platforms[r] = platforms;
    const stage = (p.stageBySetting[setting] as WeightedPicker).pick(rng);
    cols.groomingStage[r] = stage;
    let indicators = 0;
    const nInd = p.indicatorCount.pick(rng);
    const indPicker = p.indicatorByStage[stage] as WeightedPicker;
    for (let k = 0, tries = 0; k < nInd && tries < 12; tries++) {
      const b = 1 << indPicker.pick(rng);
      if (!(indicators & b)) {
        indicators |= b;
        k++;
      }
    }
    // Mass friend requests are the opening move online.
    if (stage === stageRelationship && platforms && rng.chance(0.15)) indicators |= massRequests;
    cols.indicators[r] = indicators;

    // Exploitation types: the labour red flags point to labour.
    let types = 0;
    if (stage === stageExploitation || stage === stageMeetUp) {
      const picker = indicators & labourMask ? p.labourExploitation : p.exploitation;
      types = 1 << picker.pick(rng);
      if (rng.chance(0.18)) types |= 1 << picker.pick(rng);
    } else {
      types = 1 << (rng.chance(stage === stageRelationship ? 0.5 : 0.3) ? xSexual : xUnknown);
    }
    cols.exploitationTypes[r] = types;
    const labour = (types & (1 << xLabour)) !== 0;

    let urgency = (p.urgencyByStage[stage] as WeightedPicker).pick(rng);
    if (indicators & threatsMask && urgency > high && rng.chance(0.5)) urgency = high;
    if (indicators & threatsMask && rng.chance(0.08)) urgency = immediate;
    cols.urgency[r] = urgency;

    // Subjects: mostly one child or young person; gaming skews younger, dating older.
    const entries = p.subjectEntries.pick(rng);
    let ageMask = 0;
    let genderMask = 0;
    for (let s = 0; s < SUBJECT_SLOTS; s++) {
      if (s >= entries) {
        cols.subjects[r * SUBJECT_SLOTS + s] = 0;
        cols.subjectCounts[r * SUBJECT_SLOTS + s] = 0;
        continue;
      }
      let age = (labour ? p.ageBandLabour : p.ageBand).pick(rng);
      if (platforms & (1 << gaming) && rng.chance(0.3)) age = ageMinor;
      if (platforms & (1 << dating) && age <= ageMinor && rng.chance(0.4)) age = ageYoungAdult;
      const gender = p.gender.pick(rng);
      ageMask |= 1 << age;
      genderMask |= 1 << gender;
      cols.subjects[r * SUBJECT_SLOTS + s] = encodeSubject(age, gender);
      cols.subjectCounts[r * SUBJECT_SLOTS + s] = rng.chance(0.88)
        ? 1
        : 2 + rng.int(labour ? 18 : 4);
    }
    cols.ageBands[r] = ageMask;
    cols.genders[r] = genderMask;

    // Who reported, through what: the apps grow over the years at the web form's expense.
    const relation = p.relation.pick(rng);
    cols.reporterRelation[r] = relation;
    cols.anonymous[r] = rng.chance(relation === relationUnknown ? 0.7 : 0.25) ? 1 : 0;
    cols.source[r] = pickSource(rng, t);

    let band = 0;
    while (ageDays > (W.statusByAge[band] as { maxAgeDays: number }).maxAgeDays) band++;
    const status = (p.statusByAge[band] as WeightedPicker).pick(rng);
    cols.status[r] = status;

    const incidentPrecision = p.incidentPrecision.pick(rng);
    cols.incidentPrecision[r] = incidentPrecision;
    cols.incidentDaysBefore[r] =
      incidentPrecision === incidentUnknown
        ? NO_INCIDENT_DATE
        : Math.min(3650, Math.floor(-Math.log(1 - rng.next()) * 25));

    // Place: a country, a (hotspot-weighted) city, and a precision.
    const country = p.country.pick(rng);
    cols.country[r] = country;
    const cityPicker = p.cityPickers[country];
    const cityList = places.citiesOfCountry[country] as readonly number[];
    let precision = p.locationPrecision.pick(rng);
    let city = NO_CITY;
    if (cityPicker) city = cityList[cityPicker.pick(rng)] as number;
    else precision = precisionCountry;
    cols.city[r] = city;
    cols.locationPrecision[r] = precision;
    const c = city === NO_CITY ? undefined : places.cities[city];
    if (c && precision === precisionExact) {
      const dLat = (rng.normal() * JITTER_KM) / KM_PER_DEGREE;
      const lat = Math.max(-89.99999, Math.min(89.99999, c.lat + dLat));
      const dLon =
        (rng.normal() * JITTER_KM) /
        (KM_PER_DEGREE * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
      let lon = c.lon + dLon;
      if (lon >= 180) lon -= 360;
      if (lon < -180) lon += 360;
      cols.lat[r] = round5(lat);
      cols.lon[r] = round5(lon);
    } else if (c && precision === precisionCity && !rng.chance(W.CITY_WITHOUT_COORDINATES)) {
      cols.lat[r] = c.lat;
      cols.lon[r] = c.lon;
    } else {
      cols.lat[r] = Number.NaN;
      cols.lon[r] = Number.NaN;
    }

    cols.mediaCount[r] = p.mediaCount.pick(rng);
    cols.tags[r] = pickTags(
      rng,
      p.tag,
      status === statusNew,
      indicators,
      platforms,
      tagBits,
      gaming,
    );

    const n = pickNarrative(rng, pool, slots, relation, platforms, stage, indicators, types);
    for (let s = 0; s < NARRATIVE_SLOTS; s++)
      cols.narrative[r * NARRATIVE_SLOTS + s] = s < n ? (slots[s] as number) : NO_FRAGMENT;
  }
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
