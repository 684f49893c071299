import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import { formatNumber } from '../../../lib/format.ts';
import { countChange, type Change } from './change.ts';
import type { CsvCell } from '../../../lib/csv.ts';
import {
  cellFromCount,
  countOfCell,
  TOTAL_KEY,
  type Cell,
  type CellState,
  type ShapedSeries,
} from './series-rows.ts';

/**
 * The table behind every chart: what "Show as table" renders and what "Download CSV"
 * writes, built once so the two can never disagree. Display text is for people ("1,234",
 * "<11", "No data"); the CSV keeps plain numbers, "<k" for withheld and empty for no data.
 */

export interface TableCell {
  text: string;
  state: CellState;
}
export interface TableColumn {
  key: string;
  label: string;
}
export interface TableRow {
  key: string;
  header: string;
  cells: TableCell[];
}
export interface TableModel {
  caption: string;
  rowHeaderLabel: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Read with the caption, e.g. how withheld counts are shown. */
  note?: string;
  csv: CsvCell[][];
}

function withheldNote(rows: readonly TableRow[], k: number): string | undefined {
  const any = rows.some((r) => r.cells.some((c) => c.state === 'suppressed'));
  return any ? `Counts from 1 to ${k - 1} are withheld and shown as <${k}.` : undefined;
}

export function cellText(cell: Cell, k: number): string {
  if (cell.state === 'suppressed') return `<${k}`;
  if (cell.state === 'missing' || cell.count === null) return 'No data';
  return formatNumber(cell.count);
}

function csvValue(cell: Cell, k: number): CsvCell {
  return cell.state === 'suppressed' ? `<${k}` : cell.count;
}

function changeCell(change: Change): { text: string; state: CellState; csv: CsvCell } {
  if (change.kind === 'percent') {
    const pct = Math.round(change.ratio * 1000) / 10;
    const text = pct === 0 ? '0%' : `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`;
    return { text, state: 'value', csv: pct };
  }
  if (change.kind === 'not-comparable' && change.reason === 'suppressed') {
    return { text: 'Not comparable', state: 'suppressed', csv: null };
  }
  if (change.kind === 'not-comparable' && change.reason === 'no-baseline') {
    return { text: 'None before', state: 'value', csv: null };
  }
  return { text: 'No data', state: 'missing', csv: null };
}

export interface TrendTableOptions {
  caption: string;
  /** Series keys shown, in order; hidden series are left out of the table and the CSV. */
  visibleKeys: readonly string[];
  k: number;
  compare: boolean;
}

export function trendTable(shaped: ShapedSeries, o: TrendTableOptions): TableModel {
  const grouped = shaped.series[0]?.key !== TOTAL_KEY;
  const series = shaped.series.filter((s) => o.visibleKeys.includes(s.key));
  const columns: TableColumn[] = series.map(({ key, label }) => ({ key, label }));
  if (grouped) columns.push({ key: TOTAL_KEY, label: 'All reports' });
  if (o.compare)
    columns.push(
      { key: '__previous__', label: 'Previous period' },
      { key: '__change__', label: 'Change' },
    );

  const csv: CsvCell[][] = [['Period start', 'Period end', ...columns.map((c) => c.label)]];
  const rows = shaped.rows.map((row): TableRow => {
    const shown = series.map((s) => row.cells[s.key] ?? cellFromCount(undefined));
    if (grouped) shown.push(row.total);
    const cells = shown.map((c) => ({ text: cellText(c, o.k), state: c.state }));
    const csvRow: CsvCell[] = [row.from, row.to, ...shown.map((c) => csvValue(c, o.k))];
    if (o.compare) {
      const prev = row.previous?.total ?? cellFromCount(undefined);
      const change = changeCell(countChange(countOfCell(row.total), countOfCell(prev)));
      cells.push(
        { text: cellText(prev, o.k), state: prev.state },
        { text: change.text, state: change.state },
      );
      csvRow.push(csvValue(prev, o.k), change.csv);
    }
    csv.push(csvRow);
    return { key: row.start, header: row.label, cells };
  });
  return {
    caption: o.caption,
    rowHeaderLabel: 'Period',
    columns,
    rows,
    note: withheldNote(rows, o.k),
    csv,
  };
}

export interface BreakdownTableOptions {
  caption: string;
  /** Heading of the value column, e.g. "Platform". */
  dimensionLabel: string;
  k: number;
}

export function breakdownTable(b: Breakdown, o: BreakdownTableOptions): TableModel {
  const total = cellFromCount(b.total);
  const columns = [
    { key: 'count', label: 'Reports' },
    { key: 'share', label: 'Share of reports' },
  ];
  const csv: CsvCell[][] = [['Key', o.dimensionLabel, 'Reports', 'Share (%)']];
  const rows = b.items.map((item): TableRow => {
    const cell = cellFromCount(item.count);
    const share = cell.count !== null && total.count ? cell.count / total.count : null;
    const shareText = share === null ? '—' : `${Math.round(share * 1000) / 10}%`;
    csv.push([
      item.key,
      item.label,
      csvValue(cell, o.k),
      share === null ? null : Math.round(share * 1000) / 10,
    ]);
    return {
      key: item.key,
      header: item.label,
      cells: [
        { text: cellText(cell, o.k), state: cell.state },
        { text: shareText, state: share === null ? cell.state : 'value' },
      ],
    };
  });
  return {
    caption: o.caption,
    rowHeaderLabel: o.dimensionLabel,
    columns,
    rows,
    note: withheldNote(rows, o.k),
    csv,
  };
}
