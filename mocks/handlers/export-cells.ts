import type { ExportColumn } from '../../src/api/contract/export-columns.ts';
import type { ReportSummary } from '../../src/api/contract/report-schemas.ts';
import { CSV_MULTI_VALUE_SEPARATOR, csvRow } from '../../src/lib/csv.ts';

/**
 * What each export column holds for a report, as plain text before CSV escaping. Enum
 * values are written as their stable codes, not labels, so a spreadsheet can be filtered
 * the same way whatever the dashboard's wording.
 */
const join = (values: readonly string[]) => values.join(CSV_MULTI_VALUE_SEPARATOR);

const cell: Record<ExportColumn, (r: ReportSummary) => string> = {
  id: (r) => r.id,
  receivedAt: (r) => r.receivedAt,
  urgency: (r) => r.urgency,
  status: (r) => r.status,
  exploitationTypes: (r) => join(r.exploitationTypes),
  platforms: (r) => join(r.platforms),
  groomingStage: (r) => r.groomingStage,
  country: (r) => r.location.country,
  city: (r) => r.location.city ?? '',
  ageBands: (r) => join([...new Set(r.subjects.map((s) => s.ageBand))]),
  source: (r) => r.source,
  tags: (r) => join(r.tags),
  narrativePreview: (r) => r.narrativePreview,
};

export function exportCellValue(report: ReportSummary, column: ExportColumn): string {
  return cell[column](report);
}

export function exportCsvRow(report: ReportSummary, columns: readonly ExportColumn[]): string {
  return csvRow(columns.map((c) => cell[c](report)));
}
