import { z } from '../../lib/zod.ts';
import { Count, CountShape, Problem } from './common-schemas.ts';
// Before batch-schemas.ts: the order the schemas enter zod's registry (response-schemas.ts).
import { responseSchemas } from './response-schemas.ts';
import { BatchRequest, BatchResponse } from './batch-schemas.ts';
import { BATCH_MAX_REQUESTS } from './batch-rules.ts';
import { cellSizes, dimensions, intervals } from './aggregate-terms.ts';
import { filterParameterDocs } from './filter-params.ts';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, sortFields } from './list-params.ts';
import { API_BASE_PATH, endpoints } from './endpoints.ts';
import { exportColumns } from './export-columns.ts';

/**
 * The OpenAPI 3.1 document of the intake API v1, built from the same zod schemas that
 * validate responses at run time, so the two cannot drift. `npm run contract` writes it to
 * `src/api/openapi.v1.json` for the intake API's team; the mock server serves it at
 * `/openapi.json`; contract tests validate every mocked response against it.
 */

// Importing the schemas registers them (and the schemas they use) in zod's global registry.
const components = { Count, Problem, ...responseSchemas, BatchRequest, BatchResponse };
type ComponentId = keyof typeof components;

/** Every schema given an `id` through `.meta()` becomes a component, referenced by `$ref`. */
export function componentSchemas(): Record<string, unknown> {
  void components;
  const { $schema: _schema, ...countShape } = z.toJSONSchema(CountShape, {
    target: 'draft-2020-12',
  });
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
    // `Count` is checked in plain code (see common-schemas.ts); its shape is `CountShape`'s.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def !== Count._zod.def || '$ref' in jsonSchema) return;
      // The description last, where it was when `Count` was a zod object.
      const { description } = jsonSchema;
      delete jsonSchema.description;
      Object.assign(jsonSchema, countShape, { description });
    },
  });
  // Each component is embedded in one document: drop its own $schema/$id.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _s, $id: _i, ...rest } = s as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

const ref = (id: ComponentId) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: ComponentId, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
});
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const errors = {
  '400': problem('A parameter is invalid; `invalidParams` names each.'),
  '401': problem('No bearer token, or one that is not valid.'),
  '429': problem('Too many requests; the Retry-After header says when to try again.'),
  '500': problem('The intake API failed.'),
  '503': problem('The intake API is unavailable for now; Retry-After may say for how long.'),
};
const forbiddenToPartners = {
  '403': problem('Not available to this role (partners never see reports).'),
};

const filterParams = filterParameterDocs().map((p) => ({
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  ...p,
}));
const query = (name: string, schema: object, description: string, required = false) => ({
  in: 'query',
  name,
  required,
  description,
  schema,
});

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Intake API',
      version: '1.0.0',
      description:
        'Reports of suspected trafficking and online grooming, as the analyst dashboard reads them. ' +
        'The API filters, sorts, pages and aggregates; clients never download all reports. ' +
        "Every endpoint enforces the caller's role and scope: partners see aggregates inside their scope only, " +
        'with every count from 1 to k−1 suppressed (see `Count`) and complementary suppression so that no ' +
        'suppressed value can be derived from the other values of the same response.',
    },
    servers: [{ url: API_BASE_PATH }],
    security: [{ bearer: [] }],
    paths: {
      [endpoints.me]: {
        get: {
          operationId: 'getMe',
          summary: 'Who is calling',
          responses: { '200': json('Me', 'The caller.'), ...errors },
        },
      },
      [endpoints.metadata]: {
        get: {
          operationId: 'getMetadata',
          summary: 'Enumerations with labels, countries and regions',
          responses: { '200': json('Metadata', 'Metadata.'), ...errors },
        },
      },
      [endpoints.reports]: {
        get: {
          operationId: 'listReports',
          summary: 'Filtered, sorted, cursor-paginated reports',
          parameters: [
            ...filterParams,
            query(
              'sort',
              { type: 'string', enum: sortFields.flatMap((f) => [f, `-${f}`]) },
              'Sort field; a leading - sorts descending. Ties break on id. Default -receivedAt.',
            ),
            query(
              'limit',
              { type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT },
              `Page size, at most ${PAGE_SIZE_MAX}.`,
            ),
            query(
              'cursor',
              { type: 'string' },
              'Opaque cursor from the previous page; only valid with the same filters and sort.',
            ),
          ],
          responses: { '200': json('ReportPage', 'One page.'), ...errors, ...forbiddenToPartners },
        },
      },
      '/reports/{id}': {
        get: {
          operationId: 'getReport',
          summary: 'One report, personal data masked',
          parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json('Report', 'The report.'),
            '404': problem('No such report.'),
            ...errors,
            ...forbiddenToPartners,
          },
        },
      },
      '/reports/{id}/reveal': {
        post: {
          operationId: 'revealReport',
          summary: 'Reveal the personal data in a narrative (audited)',
          description:
            'An explicit, audited act by an analyst: the API records who revealed which report and when.',
          parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json('Reveal', 'The unmasked narrative and the audit record.'),
            '404': problem('No such report.'),
            ...errors,
            ...forbiddenToPartners,
          },
        },
      },
      [endpoints.timeseries]: {
        get: {
          operationId: 'getTimeSeries',
          summary: 'Reports over time, optionally grouped by one dimension',
          parameters: [
            ...filterParams,
            query('interval', { type: 'string', enum: intervals }, 'Bucket size.', true),
            query(
              'groupBy',
              { type: 'string', enum: dimensions },
              'Split each bucket by this dimension.',
            ),
            query(
              'groupLimit',
              { type: 'integer', minimum: 1, maximum: 50 },
              'Keep the largest groups; gather the rest as "__other__".',
            ),
          ],
          responses: {
            '200': json('TimeSeries', 'The series; at most 1,500 buckets (else 400).'),
            ...errors,
          },
        },
      },
      [endpoints.breakdown]: {
        get: {
          operationId: 'getBreakdown',
          summary: 'Counts by one dimension',
          parameters: [
            ...filterParams,
            query('dimension', { type: 'string', enum: dimensions }, 'The dimension.', true),
            query(
              'limit',
              { type: 'integer', minimum: 1, maximum: 300 },
              'Keep the largest items; gather the rest as "__other__".',
            ),
          ],
          responses: { '200': json('Breakdown', 'The breakdown.'), ...errors },
        },
      },
      [endpoints.countryBins]: {
        get: {
          operationId: 'getCountryBins',
          summary: 'Reports per country',
          parameters: filterParams,
          responses: { '200': json('CountryBins', 'Per country.'), ...errors },
        },
      },
      [endpoints.gridBins]: {
        get: {
          operationId: 'getGridBins',
          summary: 'Located reports on a grid within an extent',
          parameters: [
            ...filterParams,
            query('cellSize', { type: 'number', enum: cellSizes }, 'Degrees per cell.', true),
            query(
              'extent',
              { type: 'string' },
              'minLon,minLat,maxLon,maxLat of the cells wanted (the map view).',
              true,
            ),
          ],
          responses: { '200': json('GridBins', 'The cells that hold reports.'), ...errors },
        },
      },
      [endpoints.exportCsv]: {
        get: {
          operationId: 'exportReports',
          summary: 'Every matching report as CSV, streamed',
          description:
            'RFC 4180 CSV in UTF-8 with a header row, streamed in chunks. Cells that start with =, +, -, @, tab, CR or LF are prefixed with a single quote (OWASP CSV injection).',
          parameters: [
            ...filterParams,
            query(
              'columns',
              { type: 'array', items: { type: 'string', enum: exportColumns } },
              'Columns, in order (comma-separated). Default: all.',
            ),
            query('sort', { type: 'string' }, 'As for the report list.'),
          ],
          responses: {
            '200': {
              description: 'The CSV.',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
            ...errors,
            ...forbiddenToPartners,
          },
        },
      },
      [endpoints.batch]: {
        post: {
          operationId: 'batch',
          summary: `Up to ${BATCH_MAX_REQUESTS} reads in one request`,
          description:
            'Each GET in `requests` is answered exactly as it would be alone (role, scope, suppression, errors), in order: ' +
            'its status, its body as text, and its content-type and retry-after headers. A sub-request that fails does not fail the batch. ' +
            'Only these reads are allowed: /metadata, /reports, /reports/{id} and /aggregates/…; never /me, the CSV export or a batch.',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('BatchRequest') } },
          },
          responses: {
            '200': json('BatchResponse', 'One answer per request, in order.'),
            ...errors,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An access token. Demo personas: demo-analyst, demo-partner-<UN M49 sub-region code>.',
        },
      },
      schemas: componentSchemas(),
    },
  };
}
