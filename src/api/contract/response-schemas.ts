// In this order: it is the order the schemas enter zod's registry, and so the order of the
// OpenAPI document's components (openapi.ts).
import { Problem } from './common-schemas.ts';
import { Report, ReportPage, Reveal } from './report-schemas.ts';
import { Me, Metadata } from './session-schemas.ts';
import { BatchResponse } from './batch-schemas.ts';
import { Breakdown, CountryBins, GridBins, TimeSeries } from './aggregate-schemas.ts';

/**
 * Every schema the client checks an answer against, by name. The client loads this module
 * on demand (http-client.ts), never statically: zod and the schemas are a fifth of the
 * code the first page needed, and nothing is checked before the first answer arrives
 * (README decision 30).
 */
export const responseSchemas = {
  Me,
  Metadata,
  TimeSeries,
  Breakdown,
  CountryBins,
  GridBins,
  ReportPage,
  Report,
  Reveal,
};

export type ResponseSchemas = typeof responseSchemas;

/** The client's own: the error body of every endpoint, and a batch's answers. */
export { BatchResponse, Problem };
