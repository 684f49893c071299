import { useId, useRef, useState, type ReactNode } from 'react';
import { downloadChart, type DownloadKind } from '../lib/chart-download.ts';
import type { TableModel } from '../lib/chart-table.ts';
import type { LegendEntry } from '../lib/svg-export.ts';
import { ChartTable } from './chart-table.tsx';

/**
 * The frame every chart sits in. It gives the chart its accessible name (the heading) and
 * description, a "Show as table" alternative built from the same `TableModel` as the CSV,
 * and downloads: the data as CSV, the drawing as SVG or PNG.
 *
 * Wiring: pass the chart as children and a function building its `TableModel` (`trendTable`,
 * `breakdownTable`). The frame finds the chart's SVG itself, so any Recharts chart inside can
 * be exported.
 */

export interface ChartFrameProps {
  title: string;
  description: string;
  /**
   * Builds the table and CSV, called only when the table is shown or a download asked for.
   * Built at every render, a trend's model (a formatted row and CSV line per bucket) was
   * about 6 ms of each filter change on the overview, for a table nobody had opened
   * (README decision 35).
   */
  table: () => TableModel;
  children: ReactNode;
  /** Heading level in the page outline; 2 by default. */
  headingLevel?: 2 | 3 | 4;
  /** Drawn into exported images, where the on-page (HTML) legend does not go. */
  exportLegend?: readonly LegendEntry[];
  onSelectRow?: (key: string) => void;
  isRowSelectable?: (key: string) => boolean;
  onSelectColumn?: (key: string) => void;
  isColumnSelectable?: (key: string) => boolean;
}

export function ChartFrame(props: ChartFrameProps) {
  const { title, description, table, children, headingLevel = 2, exportLegend } = props;
  const [showTable, setShowTable] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const ids = { title: useId(), desc: useId(), table: useId() };
  const Heading = `h${headingLevel}` as const;

  const download = async (kind: DownloadKind) => {
    setProblem(null);
    try {
      await downloadChart({
        kind,
        title,
        description,
        table: table(),
        chartRoot: chartRef.current,
        legend: exportLegend,
      });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The download failed.');
    }
  };

  return (
    <figure className="trends-chart-frame" aria-labelledby={ids.title} aria-describedby={ids.desc}>
      <Heading id={ids.title}>{title}</Heading>
      <p id={ids.desc} className="trends-chart-description">
        {description}
      </p>
      <div className="trends-chart-actions">
        <button
          type="button"
          aria-pressed={showTable}
          aria-controls={ids.table}
          onClick={() => setShowTable((v) => !v)}
        >
          Show as table
        </button>
        <button type="button" onClick={() => void download('csv')}>
          Download CSV
        </button>
        <button type="button" onClick={() => void download('svg')}>
          Download image (SVG)
        </button>
        <button type="button" onClick={() => void download('png')}>
          Download image (PNG)
        </button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      <div ref={chartRef}>{children}</div>
      <div id={ids.table} hidden={!showTable}>
        {showTable ? (
          <ChartTable
            model={table()}
            onSelectRow={props.onSelectRow}
            isRowSelectable={props.isRowSelectable}
            onSelectColumn={props.onSelectColumn}
            isColumnSelectable={props.isColumnSelectable}
          />
        ) : null}
      </div>
    </figure>
  );
}
