import { filterEnums, filterEnumNames, type FilterEnumName } from './enums.ts';

/**
 * The filter parameters every endpoint takes, and the one parser of them. The intake API
 * (mocked) answers 400 with the `problems`; the dashboard drops the bad values from its URL
 * and says so. Lists are comma-separated (`status=new,triaged`); a repeated parameter adds to
 * the list. Within one field the values are alternatives (OR); fields combine with AND.
 */

type EnumValue<N extends FilterEnumName> = (typeof filterEnums)[N]['values'][number];

/** minLon, minLat, maxLon, maxLat; minLon > maxLon means the box crosses the antimeridian. */
export type Bbox = readonly [number, number, number, number];

export type Filters = { [N in FilterEnumName]?: EnumValue<N>[] } & {
  /** First day, UTC, included. */
  from?: string;
  /** Last day, UTC, included. */
  to?: string;
  country?: string[];
  region?: string[];
  tag?: string[];
  q?: string;
  bbox?: Bbox;
  hasCoordinates?: boolean;
};

export interface InvalidParam {
  name: string;
  reason: string;
}

export const Q_MAX_LENGTH = 200;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
export function isValidDay(s: string): boolean {
  if (!isoDay.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function parseList(
  params: URLSearchParams,
  name: string,
  accept: (v: string) => string | null,
  problems: InvalidParam[],
): string[] | undefined {
  const out: string[] = [];
  for (const raw of listValues(params, name)) {
    const v = accept(raw);
    if (v === null) problems.push({ name, reason: `"${raw.slice(0, 40)}" is not a known value` });
    else if (!out.includes(v)) out.push(v);
  }
  return out.length ? out : undefined;
}

export function parseBbox(raw: string): Bbox | null {
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length !== 4 || parts.some((p) => p === '')) return null;
  const n = parts.map(Number);
  if (n.some((x) => !Number.isFinite(x))) return null;
  const [minLon, minLat, maxLon, maxLat] = n as [number, number, number, number];
  if (Math.abs(minLon) > 180 || Math.abs(maxLon) > 180) return null;
  if (Math.abs(minLat) > 90 || Math.abs(maxLat) > 90 || minLat > maxLat) return null;
  return [minLon, minLat, maxLon, maxLat];
}

/** Reads the filters out of query parameters; unknown parameters are left for the caller. */
export function parseFilters(params: URLSearchParams): {
  filters: Filters;
  problems: InvalidParam[];
} {
  const problems: InvalidParam[] = [];
  const filters: Filters = {};
  const set = filters as Record<string, unknown>;

  for (const name of filterEnumNames) {
    const known: readonly string[] = filterEnums[name].values;
    const values = parseList(params, name, (v) => (known.includes(v) ? v : null), problems);
    if (values) set[name] = values;
  }
  const country = parseList(
    params,
    'country',
    (v) => (/^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : null),
    problems,
  );
  if (country) filters.country = country;
  const region = parseList(params, 'region', (v) => (/^\d{3}$/.test(v) ? v : null), problems);
  if (region) filters.region = region;
  const tag = parseList(params, 'tag', (v) => (v.length <= 50 ? v : null), problems);
  if (tag) filters.tag = tag;

  for (const name of ['from', 'to'] as const) {
    const v = params.get(name);
    if (v === null || v === '') continue;
    if (isValidDay(v)) filters[name] = v;
    else problems.push({ name, reason: `"${v.slice(0, 40)}" is not a day (YYYY-MM-DD)` });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push({ name: 'to', reason: `"${filters.to}" is before from (${filters.from})` });
    delete filters.to;
  }

  const q = params.get('q');
  if (q !== null && q.trim() !== '') {
    if (q.length > Q_MAX_LENGTH)
      problems.push({ name: 'q', reason: `longer than ${Q_MAX_LENGTH} characters` });
    else filters.q = q.trim();
  }

  const bbox = params.get('bbox');
  if (bbox !== null && bbox !== '') {
    const b = parseBbox(bbox);
    if (b) filters.bbox = b;
    else problems.push({ name: 'bbox', reason: 'expected minLon,minLat,maxLon,maxLat in degrees' });
  }

  const hc = params.get('hasCoordinates');
  if (hc !== null && hc !== '') {
    if (hc === 'true' || hc === 'false') filters.hasCoordinates = hc === 'true';
    else problems.push({ name: 'hasCoordinates', reason: 'expected true or false' });
  }
  return { filters, problems };
}

/** Writes filters as query parameters, in a stable order, leaving out what is empty. */
export function filtersToParams(filters: Filters, into = new URLSearchParams()): URLSearchParams {
  if (filters.from) into.set('from', filters.from);
  if (filters.to) into.set('to', filters.to);
  for (const name of [...filterEnumNames, 'country', 'region', 'tag'] as const) {
    const values = filters[name];
    if (values?.length) into.set(name, values.join(','));
  }
  if (filters.q) into.set('q', filters.q);
  if (filters.bbox) into.set('bbox', filters.bbox.join(','));
  if (filters.hasCoordinates !== undefined)
    into.set('hasCoordinates', String(filters.hasCoordinates));
  return into;
}

/** The filter parameters as OpenAPI describes them. */
export function filterParameterDocs(): { name: string; description: string; schema: object }[] {
  const list = (items: object, description: string) => ({
    description: `${description} Comma-separated; several values mean any of them.`,
    schema: { type: 'array', items },
  });
  return [
    {
      name: 'from',
      description: 'First day (YYYY-MM-DD, UTC), included.',
      schema: { type: 'string', format: 'date' },
    },
    {
      name: 'to',
      description:
        'Last day (YYYY-MM-DD, UTC), **included**: to=2026-01-31 covers all of 31 January.',
      schema: { type: 'string', format: 'date' },
    },
    ...filterEnumNames.map((name) => ({
      name,
      ...list(
        { type: 'string', enum: filterEnums[name].values },
        `Only reports with this ${name}.`,
      ),
    })),
    {
      name: 'country',
      ...list({ type: 'string', pattern: '^[A-Z]{2}$' }, 'ISO 3166-1 alpha-2 codes.'),
    },
    {
      name: 'region',
      ...list({ type: 'string', pattern: '^\\d{3}$' }, 'UN M49 sub-region codes.'),
    },
    { name: 'tag', ...list({ type: 'string', maxLength: 50 }, "Analysts' tags.") },
    {
      name: 'q',
      description:
        'Free text: every word must appear in the narrative, tags or id (case-insensitive).',
      schema: { type: 'string', maxLength: Q_MAX_LENGTH },
    },
    {
      name: 'bbox',
      description:
        'minLon,minLat,maxLon,maxLat: only located reports inside. minLon > maxLon crosses the antimeridian.',
      schema: { type: 'string' },
    },
    {
      name: 'hasCoordinates',
      description: 'true: only reports with coordinates; false: only those without.',
      schema: { type: 'boolean' },
    },
  ];
}
