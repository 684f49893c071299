import type { Count } from '../../../api/contract/common-schemas.ts';
import type { Interval } from '../../../api/contract/aggregate-terms.ts';
import { formatCount } from '../../../lib/format.ts';
import { formatDayRange } from './interval.ts';
import { periodDays, type Period } from './period.ts';
import type { TrendChartType } from './trend-legend.ts';
import { splitLabels, type SplitDimension } from './trend-view-options.ts';

/**
 * The words around the charts: titles (the accessible names) and descriptions (what a
 * screen reader hears after the name, and what an exported image carries).
 */

export const intervalLabels: Record<Interval, string> = {
  day: 'Days',
  week: 'Weeks',
  month: 'Months',
};

const intervalNouns: Record<Interval, string> = {
  day: 'day',
  week: 'week (Monday to Sunday)',
  month: 'calendar month',
};

const chartTypeWords: Record<TrendChartType, string> = {
  area: 'stacked areas',
  bar: 'stacked bars',
  line: 'lines',
};

export function trendTitle(split: SplitDimension | null): string {
  return split ? `Reports over time by ${splitLabels[split].toLowerCase()}` : 'Reports over time';
}

export interface TrendDescriptionInput {
  period: Period;
  interval: Interval;
  split: SplitDimension | null;
  chartType: TrendChartType;
  /** The previous period is drawn as a dashed line. */
  compare: boolean;
  zoomable: boolean;
}

export function trendDescription(d: TrendDescriptionInput): string {
  const parts = [
    `Reports received each ${intervalNouns[d.interval]}, ${formatDayRange(d.period.from, d.period.to)}`,
  ];
  if (d.split) {
    const top = d.split === 'country' ? ' (the ten with most reports, the rest as Other)' : '';
    parts.push(
      `, split by ${splitLabels[d.split].toLowerCase()}${top}, as ${chartTypeWords[d.chartType]}.`,
    );
  } else parts.push('.');
  if (d.compare)
    parts.push(
      ` The dashed line is the ${periodDays(d.period)} days before, all reports, bucket by bucket.`,
    );
  if (d.zoomable) parts.push(' Drag across the chart to zoom to those dates.');
  if (d.split)
    parts.push(' Select a series, or its column heading in the table, to filter every view by it.');
  return parts.join('');
}

/** Dimensions where one report can count under several values. */
const multiValued: readonly string[] = ['platform', 'exploitationType', 'ageBand', 'indicator'];

export function breakdownTitle(label: string, dimension: string): string {
  return dimension === 'country'
    ? 'Reports by country (top 10)'
    : `Reports by ${label.toLowerCase()}`;
}

export function breakdownDescription(
  label: string,
  dimension: string,
  total: Count,
  k: number,
): string {
  const parts = [
    `${formatCount(total, k)} matching reports by ${label.toLowerCase()}, largest first.`,
  ];
  if (multiValued.includes(dimension))
    parts.push(' A report can count under several values, so the bars can add up to more.');
  if (dimension === 'country')
    parts.push(' The ten countries with most reports; the rest are under Other.');
  parts.push(' Select a bar or a row of the table to filter every view by that value.');
  return parts.join('');
}

/** "1 Mar – 29 May 2026 (90 days), compared with the 90 days before." */
export function periodSentence(period: Period, comparable: boolean): string {
  const days = periodDays(period);
  const range = `${formatDayRange(period.from, period.to)} (${days === 1 ? '1 day' : `${days} days`})`;
  return comparable
    ? `${range}, compared with the ${days === 1 ? 'day' : `${days} days`} before.`
    : `${range}: all reports to date, so there is no earlier period to compare with.`;
}
