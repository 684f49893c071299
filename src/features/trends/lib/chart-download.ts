import { todayUtc } from '../../../lib/dates.ts';
import type { TableModel } from './chart-table.ts';
import { toCsv } from '../../../lib/csv.ts';
import {
  downloadBlob,
  fileNameFor,
  serialiseChartSvg,
  svgToPngBlob,
  type LegendEntry,
} from './svg-export.ts';

export type DownloadKind = 'csv' | 'svg' | 'png';

export interface ChartDownload {
  kind: DownloadKind;
  title: string;
  description: string;
  table: TableModel;
  /** The element holding the chart; its first chart SVG (Recharts' or our own) is the image. */
  chartRoot: HTMLElement | null;
  legend?: readonly LegendEntry[];
}

/** Saves a chart's data or drawing as a file. Rejects with a message fit to show. */
export async function downloadChart(d: ChartDownload): Promise<void> {
  const fileName = fileNameFor(d.title, d.kind, todayUtc());
  if (d.kind === 'csv') {
    // The byte-order mark makes Excel read the file as UTF-8 (accented names, other scripts).
    downloadBlob(
      new Blob(['\uFEFF', toCsv(d.table.csv)], { type: 'text/csv;charset=utf-8' }),
      fileName,
    );
    return;
  }
  const svg = d.chartRoot?.querySelector('svg.recharts-surface, svg.trends-chart-surface');
  if (!(svg instanceof SVGSVGElement)) throw new Error('There is no chart drawn to save yet.');
  const image = serialiseChartSvg(svg, {
    title: d.title,
    description: d.description,
    legend: d.legend,
  });
  if (d.kind === 'svg') {
    downloadBlob(new Blob([image.text], { type: 'image/svg+xml' }), fileName);
    return;
  }
  let png: Blob;
  try {
    png = await svgToPngBlob(image.text, image.width, image.height);
  } catch {
    // Canvas drawing can fail (old browsers, strict privacy settings); SVG needs no canvas.
    throw new Error('The chart could not be saved as PNG. Try the SVG image instead.');
  }
  downloadBlob(png, fileName);
}
