// In this order: it is the order the schemas enter zod's registry, and so the order of the
// OpenAPI document's components (openapi.ts).
import { Problem } from './common-schemas.ts';
import { Report, ReportPage, Reveal } from './report-schemas.ts';
import { Me, Metadata } from './session-schemas.ts';
import { BatchResponse } from './batch-schemas.ts';
import { Breakdown, CountryBins, GridBins, TimeSeries } from './aggregate-schemas.ts';

/**
 * Every schema the client checks an answer against, by name. The client never imports this
 * module statically: it reads answers with the quick check generated from these schemas
 * (api/client/answer-check.ts), and loads this module, zod with it, only to say what is
 * wrong with an answer that does not fit (load-schemas.ts; README decisions 30 and 37).
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
