import { Report, ReportSummary } from '../../../src/api/contract/report-schemas.ts';

/** Valid reports for component tests; parsed with the contract's schemas so they cannot drift. */

const base = {
  receivedAt: '2026-03-14T09:05:00Z',
  incidentDate: '2026-03-01',
  incidentDatePrecision: 'month' as const,
  source: 'web_form' as const,
  status: 'new' as const,
  urgency: 'high' as const,
  setting: 'online' as const,
  platforms: ['social_media' as const, 'online_gaming' as const],
  groomingStage: 'relationship_building' as const,
  indicators: ['secrecy_requested' as const, 'gifts_or_money' as const],
  exploitationTypes: ['sexual' as const],
  subjects: [
    { ageBand: '9-17' as const, gender: 'female' as const, count: 2 },
    { ageBand: '18-20' as const, gender: 'male' as const, count: 1 },
  ],
  location: {
    country: 'GB',
    admin1: 'England',
    city: 'Manchester',
    lat: 53.4808,
    lon: -2.2426,
    precision: 'city' as const,
  },
  reporterRelation: 'friend_family' as const,
  anonymous: true,
  tags: ['follow-up'],
  mediaCount: 2,
};

export function makeSummary(i: number, overrides: Partial<ReportSummary> = {}): ReportSummary {
  return ReportSummary.parse({
    ...base,
    id: `R-${String(i).padStart(6, '0')}`,
    narrativePreview: `Preview of report ${i}: he asked her to move to [handle]`,
    ...overrides,
  });
}

export function makeSummaries(n: number): ReportSummary[] {
  return Array.from({ length: n }, (_, i) => makeSummary(i));
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  return Report.parse({
    ...base,
    id: 'R-000042',
    narrative: 'He messaged her every night. Contact him at [email] or [phone].',
    narrativeMasked: true,
    ...overrides,
  });
}
