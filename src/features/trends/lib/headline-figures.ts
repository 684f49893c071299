import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import type { Count } from '../../../api/contract/common-schemas.ts';
import { formatCount } from '../../../lib/format.ts';
import { countChange, type Change } from './change.ts';
import {
  formatShare,
  ONLINE_KEYS,
  shareChangeOf,
  shareOf,
  shareOfCounts,
  topItem,
  topItemChange,
  URGENT_KEYS,
  type Share,
} from './headline.ts';
import type { ShapedSeries } from './series-rows.ts';

/** The six figures' labels, in the order they are shown (the loading skeleton shows them too). */
export const HEADLINE_LABELS = {
  reports: 'Reports',
  urgent: 'Urgent or in immediate danger',
  online: 'Online',
  minors: 'Involving minors',
  platform: 'Most reported platform',
  exploitationType: 'Most reported exploitation type',
} as const;

/**
 * The six headline figures of the overview, as data for `HeadlineFigure`. Every figure is
 * computed from one period's answers; `previous` (the same queries for the previous period)
 * gives the change. The sparklines are time series the page fetches itself: `shareSeries`
 * and `seriesValues` turn them into values.
 */

export interface HeadlineInputs {
  urgency: Breakdown;
  setting: Breakdown;
  platform: Breakdown;
  exploitationType: Breakdown;
  /** Matching count of `minorsQueryFilters(filters)`; 'all' or null as that function says. */
  minors: Count | 'all' | null;
}

export type HeadlineId =
  'reports' | 'urgent' | 'online' | 'minors' | 'platform' | 'exploitationType';

export interface HeadlineFigureModel {
  id: HeadlineId;
  label: string;
  /** What the figure shows: "1,234", "<11", "31%", "Social media". */
  value: string;
  /** The same for a screen reader, where it differs ("between 25% and 31%"). */
  spokenValue: string;
  change: Change;
  /** For the top-value figures: the key whose time series makes the sparkline. */
  topKey?: string;
}

function minorsShare(inputs: HeadlineInputs, k: number): Share {
  const total = inputs.urgency.total;
  if (inputs.minors === null) return { kind: 'unavailable', reason: 'not-computable' };
  return shareOfCounts([inputs.minors === 'all' ? total : inputs.minors], total, k);
}

function shareFigure(
  id: HeadlineId,
  label: string,
  now: Share,
  before: Share | undefined,
): HeadlineFigureModel {
  const { text, spoken } = formatShare(now);
  return { id, label, value: text, spokenValue: spoken, change: shareChangeOf(now, before) };
}

function topFigure(
  id: HeadlineId,
  label: string,
  now: Breakdown,
  before: Breakdown | undefined,
): HeadlineFigureModel {
  const top = topItem(now);
  if (top.kind !== 'top') {
    const spoken = top.reason === 'suppressed' ? 'not shown: small counts withheld' : 'no reports';
    return { id, label, value: '—', spokenValue: spoken, change: topItemChange(top, before) };
  }
  const names = top.items.map((i) => i.label).join(' and ');
  return {
    id,
    label,
    value: names,
    spokenValue: names,
    change: topItemChange(top, before),
    topKey: top.items[0]?.key,
  };
}

export function headlineFigures(
  current: HeadlineInputs,
  previous: HeadlineInputs | undefined,
  k: number,
): HeadlineFigureModel[] {
  const total = current.urgency.total;
  const reportsText = formatCount(total, k);
  return [
    {
      id: 'reports',
      label: HEADLINE_LABELS.reports,
      value: reportsText,
      spokenValue: total.suppressed ? `fewer than ${k}` : reportsText,
      change: countChange(total, previous?.urgency.total),
    },
    shareFigure(
      'urgent',
      HEADLINE_LABELS.urgent,
      shareOf(current.urgency, URGENT_KEYS, k),
      previous && shareOf(previous.urgency, URGENT_KEYS, k),
    ),
    shareFigure(
      'online',
      HEADLINE_LABELS.online,
      shareOf(current.setting, ONLINE_KEYS, k),
      previous && shareOf(previous.setting, ONLINE_KEYS, k),
    ),
    shareFigure(
      'minors',
      HEADLINE_LABELS.minors,
      minorsShare(current, k),
      previous && minorsShare(previous, k),
    ),
    topFigure('platform', HEADLINE_LABELS.platform, current.platform, previous?.platform),
    topFigure(
      'exploitationType',
      HEADLINE_LABELS.exploitationType,
      current.exploitationType,
      previous?.exploitationType,
    ),
  ];
}

/**
 * Per bucket, the share of reports with any of `keys` (for a series grouped by that
 * dimension); null where a part or the total is not a number, so the sparkline has a gap.
 */
export function shareSeries(shaped: ShapedSeries, keys: readonly string[]): (number | null)[] {
  return shaped.rows.map((row) => {
    if (row.total.count === null || row.total.count === 0) return null;
    let sum = 0;
    for (const key of keys) {
      const cell = row.cells[key];
      // A key the server did not list among the groups had no reports in the period.
      if (cell === undefined) continue;
      if (cell.count === null) return null;
      sum += cell.count;
    }
    return sum / row.total.count;
  });
}

/** Per bucket, part ÷ whole (e.g. reports involving minors ÷ all reports). */
export function ratioSeries(part: ShapedSeries, whole: ShapedSeries): (number | null)[] {
  return whole.rows.map((row, i) => {
    const p = part.rows[i]?.total.count ?? null;
    const w = row.total.count;
    return p === null || w === null || w === 0 ? null : p / w;
  });
}
