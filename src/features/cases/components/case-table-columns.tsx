import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import * as E from '../../../api/contract/enums.ts';
import type { ReportSummary } from '../../../api/contract/report-schemas.ts';
import { caseColumns, type CaseColumnId } from '../lib/case-columns.ts';
import {
  formatLocation,
  formatReceivedAt,
  labelList,
  labelOf,
  summariseAgeBands,
} from '../lib/case-format.ts';

/**
 * TanStack Table v9 features the case table uses. No filtered, sorted or paginated row
 * models: the intake API sorts, filters and pages, so the table only renders what it is given.
 */
export const caseTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  tableMeta: {} as { now: number },
});
export type CaseTableFeatures = typeof caseTableFeatures;

type Ctx = CellContext<CaseTableFeatures, ReportSummary, unknown>;

/** Report text is untrusted: `<bdi>` keeps right-to-left or bidi-override text from
 * reordering the rest of the row; React renders it as characters, never as markup. */
const text = (value: string, empty = '—') =>
  value ? <bdi title={value}>{value}</bdi> : <span className="case-cell-empty">{empty}</span>;

const cells: Record<CaseColumnId, (r: ReportSummary, ctx: Ctx) => ReactNode> = {
  receivedAt: (r, ctx) => {
    const f = formatReceivedAt(r.receivedAt, ctx.table.options.meta?.now ?? 0);
    return (
      <time dateTime={r.receivedAt} title={f.relative}>
        {f.utc}
      </time>
    );
  },
  urgency: (r) => (
    <span className={`case-urgency case-urgency--${r.urgency}`}>
      {labelOf(E.urgency, r.urgency)}
    </span>
  ),
  status: (r) => labelOf(E.status, r.status),
  exploitationTypes: (r) => text(labelList(E.exploitationType, r.exploitationTypes, '')),
  platforms: (r) => text(labelList(E.platform, r.platforms, '')),
  groomingStage: (r) => labelOf(E.groomingStage, r.groomingStage),
  location: (r) => text(formatLocation(r.location)),
  ageBands: (r) => summariseAgeBands(r.subjects),
  source: (r) => labelOf(E.source, r.source),
  tags: (r) => text(r.tags.join(', ')),
  narrativePreview: (r) => (
    <bdi dir="auto" className="case-preview">
      {r.narrativePreview}
    </bdi>
  ),
};

/**
 * Each column's value. Nothing sorts or filters on it here (the API does), but TanStack
 * Table only offers sorting on columns that have an accessor.
 */
const values: Record<CaseColumnId, (r: ReportSummary) => string> = {
  receivedAt: (r) => r.receivedAt,
  urgency: (r) => r.urgency,
  status: (r) => r.status,
  exploitationTypes: (r) => r.exploitationTypes.join(','),
  platforms: (r) => r.platforms.join(','),
  groomingStage: (r) => r.groomingStage,
  location: (r) => r.location.country,
  ageBands: (r) => r.subjects.map((s) => s.ageBand).join(','),
  source: (r) => r.source,
  tags: (r) => r.tags.join(','),
  narrativePreview: (r) => r.narrativePreview,
};

const helper = createColumnHelper<CaseTableFeatures, ReportSummary>();

// `helper.columns` types the list as the table expects (each column keeps its value type).
export const caseTableColumns = helper.columns(
  caseColumns.map((c) =>
    helper.accessor(values[c.id], {
      id: c.id,
      header: c.header,
      cell: (ctx) => cells[c.id](ctx.row.original, ctx),
      enableSorting: c.sortField !== undefined,
      sortDescFirst: c.sortDescFirst ?? false,
      size: c.width.initial,
      minSize: c.width.min,
      maxSize: c.width.max,
    }),
  ),
);
