import type { Breakdown, TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import type { Count } from '../../../api/contract/common-schemas.ts';
import {
  headlineFigures,
  ratioSeries,
  shareSeries,
  type HeadlineFigureModel,
  type HeadlineId,
  type HeadlineInputs,
} from './headline-figures.ts';
import { ONLINE_KEYS, URGENT_KEYS } from './headline.ts';
import { seriesValues, shapeTimeSeries } from './series-rows.ts';

/**
 * The overview's six figures with their sparklines, from the answers `useHeadlineQueries`
 * gathers. Pure, so what each figure is made of is tested without a server.
 */

interface FigureBreakdowns {
  urgency: Breakdown;
  setting: Breakdown;
  platform: Breakdown;
  exploitationType: Breakdown;
}

export interface OverviewAnswers {
  series: {
    urgency: TimeSeries;
    setting: TimeSeries;
    platform: TimeSeries;
    exploitationType: TimeSeries;
    /** The minors filter's series, when `minors` is 'query'. */
    minors?: TimeSeries;
  };
  current: FigureBreakdowns;
  /**
   * How "involving minors" is answered under the filters (`minorsQueryFilters`): by its own
   * query, by every report (the age filter is minors only), or not at all (adults only).
   */
  minors: 'query' | 'all' | null;
  /** The same for the previous period; absent for "all time". */
  previous?: FigureBreakdowns & { minors?: Breakdown };
}

export interface OverviewFigure extends HeadlineFigureModel {
  sparkline?: (number | null)[];
}

function minorsInput(
  mode: OverviewAnswers['minors'],
  count: Count | undefined,
): HeadlineInputs['minors'] {
  if (mode === 'all') return 'all';
  return mode === null ? null : (count ?? null);
}

export function overviewFigures(a: OverviewAnswers, k: number): OverviewFigure[] {
  const current: HeadlineInputs = {
    ...a.current,
    minors: minorsInput(a.minors, a.series.minors?.total),
  };
  const previous: HeadlineInputs | undefined = a.previous && {
    ...a.previous,
    minors: minorsInput(a.minors, a.previous.minors?.total),
  };
  const urgency = shapeTimeSeries(a.series.urgency);
  const minors = a.series.minors
    ? shapeTimeSeries(a.series.minors)
    : a.minors === 'all'
      ? urgency
      : null;
  const byKey = (series: TimeSeries) => (key: string | undefined) =>
    key === undefined ? undefined : seriesValues(shapeTimeSeries(series), key);

  const sparklines: Record<HeadlineId, (m: HeadlineFigureModel) => (number | null)[] | undefined> =
    {
      reports: () => seriesValues(urgency),
      urgent: () => shareSeries(urgency, URGENT_KEYS),
      online: () => shareSeries(shapeTimeSeries(a.series.setting), ONLINE_KEYS),
      minors: () => (minors ? ratioSeries(minors, urgency) : undefined),
      platform: (m) => byKey(a.series.platform)(m.topKey),
      exploitationType: (m) => byKey(a.series.exploitationType)(m.topKey),
    };
  return headlineFigures(current, previous, k).map((m) => ({
    ...m,
    sparkline: sparklines[m.id](m),
  }));
}

/** The trend chart's series from one grouped by urgency: its bucket totals, unsplit. */
export function totalsOnly(series: TimeSeries): TimeSeries {
  return {
    ...series,
    groupBy: null,
    groups: [],
    buckets: series.buckets.map((b) => ({ ...b, groups: {} })),
  };
}
