/**
 * A million reports as columns of typed arrays, one entry per row, rows in receivedAt order.
 * Enums are Uint8 indexes into the enum's `values` (enums.ts order); multi-valued fields are
 * bitmasks (bit i = value i); places, tags and narrative fragments are indexes into pools.
 * About 70 bytes a report, against several hundred for a JavaScript object per report.
 */

/** Narrative fragment slots per report (NO_FRAGMENT when unused). */
export const NARRATIVE_SLOTS = 5;
/** Subject entries per report (code 0 when unused). */
export const SUBJECT_SLOTS = 3;
export const NO_CITY = 0xffff;
export const NO_INCIDENT_DATE = 0xffff;

export interface ReportColumns {
  readonly size: number;
  /** Days since 1970-01-01 (UTC) of the first and the last day generated. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Milliseconds since the epoch, ascending. */
  readonly receivedAt: Float64Array;
  /** Day of receipt, relative to firstDay. */
  readonly day: Uint16Array;
  /** Row where each day starts (relative day d → rows dayFirstRow[d]…dayFirstRow[d+1]−1). */
  readonly dayFirstRow: Uint32Array;
  /** Days between the incident and receipt; NO_INCIDENT_DATE when unknown. */
  readonly incidentDaysBefore: Uint16Array;
  readonly incidentPrecision: Uint8Array;
  readonly source: Uint8Array;
  readonly status: Uint8Array;
  readonly urgency: Uint8Array;
  readonly setting: Uint8Array;
  readonly groomingStage: Uint8Array;
  readonly reporterRelation: Uint8Array;
  readonly anonymous: Uint8Array;
  readonly platforms: Uint8Array;
  readonly indicators: Uint16Array;
  readonly exploitationTypes: Uint8Array;
  /** SUBJECT_SLOTS per row: 0 = none, else 1 + ageBand * 8 + gender. */
  readonly subjects: Uint8Array;
  /** SUBJECT_SLOTS per row: how many people the subject entry stands for. */
  readonly subjectCounts: Uint8Array;
  /** Union of the subjects' age bands / genders, for filtering and breakdowns. */
  readonly ageBands: Uint16Array;
  readonly genders: Uint8Array;
  readonly country: Uint8Array;
  readonly city: Uint16Array;
  readonly locationPrecision: Uint8Array;
  /**
   * Degrees, rounded to 5 decimals, NaN when the report has no coordinates. Float64 rather
   * than Float32 so that the number served is the very number bbox and grid filters test:
   * a Float32 would need rounding on the way out and could move a point across an edge.
   */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Bitmask over TAG_POOL. */
  readonly tags: Uint16Array;
  readonly mediaCount: Uint8Array;
  /** NARRATIVE_SLOTS fragment indexes per row. */
  readonly narrative: Uint16Array;
}

export function encodeSubject(ageBand: number, gender: number): number {
  return 1 + ageBand * 8 + gender;
}

export function decodeSubject(code: number): { ageBand: number; gender: number } | null {
  if (code === 0) return null;
  return { ageBand: (code - 1) >> 3, gender: (code - 1) & 7 };
}
