/**
 * Builds contract-shaped reports from a row of the columns, only for the rows a response
 * actually returns (a list page, one case, an export streamed row by row).
 */
import * as E from '../../src/api/contract/enums.ts';
import type { Report, ReportSummary } from '../../src/api/contract/report-schemas.ts';
import { dayFromEpoch } from '../../src/lib/dates.ts';
import {
  decodeSubject,
  NARRATIVE_SLOTS,
  NO_CITY,
  NO_INCIDENT_DATE,
  SUBJECT_SLOTS,
} from '../generator/report-columns.ts';
import { NO_FRAGMENT } from '../generator/fragment-pool.ts';
import { rowToId } from '../generator/report-id.ts';
import { TAG_POOL } from '../generator/tag-pool.ts';
import type { StoreState } from './store-state.ts';
import { maskPersonalData } from './mask-personal-data.ts';

export const PREVIEW_LENGTH = 160;

type Fields = Omit<Report, 'narrative' | 'narrativeMasked'>;

function valuesOf<T extends string>(values: readonly T[], mask: number): T[] {
  const out: T[] = [];
  for (let b = 0; b < values.length; b++) if (mask & (1 << b)) out.push(values[b] as T);
  return out;
}

function at<T>(values: readonly T[], i: number | undefined): T {
  return values[i ?? 0] as T;
}

function incidentDate(state: StoreState, row: number): string | null {
  const c = state.cols;
  const before = c.incidentDaysBefore[row] as number;
  if (before === NO_INCIDENT_DATE) return null;
  const day = dayFromEpoch(c.firstDay + (c.day[row] as number) - before);
  switch (at(E.incidentDatePrecision.values, c.incidentPrecision[row])) {
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'year':
      return `${day.slice(0, 4)}-01-01`;
    case 'unknown':
      return null;
    default:
      return day;
  }
}

function location(state: StoreState, row: number): Report['location'] {
  const c = state.cols;
  const precision = at(E.locationPrecision.values, c.locationPrecision[row]);
  const loc: Report['location'] = {
    country: at(state.places.countryCodes, c.country[row]),
    precision,
  };
  const cityIndex = c.city[row] as number;
  const city = cityIndex === NO_CITY ? undefined : state.places.cities[cityIndex];
  if (city && precision !== 'country') {
    if (city.admin1) loc.admin1 = city.admin1;
    if (precision !== 'region') loc.city = city.name;
  }
  const lat = c.lat[row] as number;
  if (!Number.isNaN(lat)) {
    loc.lat = lat;
    loc.lon = c.lon[row] as number;
  }
  return loc;
}

function fields(state: StoreState, row: number): Fields {
  const c = state.cols;
  const subjects: Report['subjects'] = [];
  for (let s = 0; s < SUBJECT_SLOTS; s++) {
    const decoded = decodeSubject(c.subjects[row * SUBJECT_SLOTS + s] as number);
    if (!decoded) continue;
    subjects.push({
      ageBand: at(E.ageBand.values, decoded.ageBand),
      gender: at(E.gender.values, decoded.gender),
      count: c.subjectCounts[row * SUBJECT_SLOTS + s] as number,
    });
  }
  return {
    id: rowToId(row),
    receivedAt: new Date(c.receivedAt[row] as number).toISOString(),
    incidentDate: incidentDate(state, row),
    incidentDatePrecision: at(E.incidentDatePrecision.values, c.incidentPrecision[row]),
    source: at(E.source.values, c.source[row]),
    status: at(E.status.values, c.status[row]),
    urgency: at(E.urgency.values, c.urgency[row]),
    setting: at(E.setting.values, c.setting[row]),
    platforms: valuesOf(E.platform.values, c.platforms[row] as number),
    groomingStage: at(E.groomingStage.values, c.groomingStage[row]),
    indicators: valuesOf(E.indicator.values, c.indicators[row] as number),
    exploitationTypes: valuesOf(E.exploitationType.values, c.exploitationTypes[row] as number),
    subjects,
    location: location(state, row),
    reporterRelation: at(E.reporterRelation.values, c.reporterRelation[row]),
    anonymous: c.anonymous[row] === 1,
    tags: valuesOf(TAG_POOL, c.tags[row] as number),
    mediaCount: c.mediaCount[row] as number,
  };
}

function fragmentsOf(state: StoreState, row: number, texts: readonly string[]): string {
  const parts: string[] = [];
  const base = row * NARRATIVE_SLOTS;
  for (let s = 0; s < NARRATIVE_SLOTS; s++) {
    const f = state.cols.narrative[base + s] as number;
    if (f !== NO_FRAGMENT) parts.push(texts[f] as string);
  }
  return parts.join(' ');
}

/** The narrative as the reporter wrote it (for the audited reveal). */
export function rawNarrative(state: StoreState, row: number): string {
  return fragmentsOf(state, row, state.pool.texts);
}

/** At most `max` UTF-16 units, never cutting a surrogate pair in two. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

export function reportSummary(state: StoreState, row: number): ReportSummary {
  // Masked per fragment (precomputed): personal data never spans two fragments.
  const masked = fragmentsOf(state, row, state.maskedFragments);
  return Object.assign(fields(state, row), {
    narrativePreview: truncateText(masked, PREVIEW_LENGTH),
  });
}

export function report(state: StoreState, row: number): Report {
  const { text, masked } = maskPersonalData(rawNarrative(state, row));
  return Object.assign(fields(state, row), { narrative: text, narrativeMasked: masked });
}
