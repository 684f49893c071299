/** Paths of the intake API v1, relative to its base URL (which ends in `/api/v1`). */
export const API_BASE_PATH = '/api/v1';

export const endpoints = {
  me: '/me',
  metadata: '/metadata',
  reports: '/reports',
  report: (id: string) => `/reports/${encodeURIComponent(id)}`,
  reveal: (id: string) => `/reports/${encodeURIComponent(id)}/reveal`,
  timeseries: '/aggregates/timeseries',
  breakdown: '/aggregates/breakdown',
  countryBins: '/aggregates/geo/countries',
  gridBins: '/aggregates/geo/grid',
  exportCsv: '/export/reports.csv',
  batch: '/batch',
} as const;
