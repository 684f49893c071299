import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryState } from '../../../components/query-state.tsx';
import type { Breakdown, TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import type { HeadlineQueries } from '../api/headline-queries.ts';
import { breakdownFromSeries } from '../lib/series-breakdown.ts';
import {
  overviewFigures,
  type OverviewAnswers,
  type OverviewFigure,
} from '../lib/overview-figures.ts';
import { representative } from '../lib/query-group.ts';
import { HEADLINE_LABELS } from '../lib/headline-figures.ts';
import { HeadlineFigure } from './headline-figure.tsx';

/**
 * The overview's six headline figures, each with its sparkline and change. Drawn once
 * every answer they are made of is in, so no figure shows a change against a previous
 * period that has not loaded yet; after a filter change the last figures stay (marked as
 * refreshing) until every new answer is in, then all six change at once. So the figures
 * are worked out once per filter change, not on each of the dozen answers' arrival, and
 * never mix this filter's counts with the last one's.
 */

export interface HeadlineRowProps {
  queries: HeadlineQueries;
  minors: OverviewAnswers['minors'];
  /** False for "all time": no change is shown. */
  comparable: boolean;
  periodDays: number;
  k: number;
}

/** The record when every value is in, else null. */
function allDefined<R extends Record<string, unknown>>(
  record: R,
): { [K in keyof R]-?: NonNullable<R[K]> } | null {
  return Object.values(record).every((v) => v !== undefined)
    ? (record as { [K in keyof R]-?: NonNullable<R[K]> })
    : null;
}

/**
 * A breakdown's answer; or, when it was not asked for (exact counts, see
 * `useHeadlineQueries`), the same read off the series grouped by its dimension.
 */
function breakdownOr(
  breakdown: UseQueryResult<Breakdown> | undefined,
  series: UseQueryResult<TimeSeries> | undefined,
): Breakdown | undefined {
  if (breakdown) return breakdown.data;
  return series?.data && breakdownFromSeries(series.data);
}

/** Every answer the figures are made of, or null while one is missing. */
function answers(q: HeadlineQueries, minors: OverviewAnswers['minors']): OverviewAnswers | null {
  const { series: s, breakdowns: b } = q;
  const series = allDefined({
    urgency: s.urgency?.data,
    setting: s.setting?.data,
    platform: s.platform?.data,
    exploitationType: s.exploitationType?.data,
  });
  const current = allDefined({
    urgency: breakdownOr(b.urgency, s.urgency),
    setting: breakdownOr(b.setting, s.setting),
    platform: breakdownOr(b.platform, s.platform),
    exploitationType: breakdownOr(b.exploitationType, s.exploitationType),
  });
  if (!series || !current || (s.minors && !s.minors.data)) return null;
  // The previous period is asked for exactly when it exists (not for "all time").
  const asked = b['previous.setting'] !== undefined;
  const previous = allDefined({
    urgency: breakdownOr(b['previous.urgency'], s.previous),
    setting: b['previous.setting']?.data,
    platform: b['previous.platform']?.data,
    exploitationType: b['previous.exploitationType']?.data,
  });
  if (asked && (!previous || (b['previous.minors'] && !b['previous.minors'].data))) return null;
  return {
    series: { ...series, minors: s.minors?.data },
    current,
    minors,
    previous: asked && previous ? { ...previous, minors: b['previous.minors']?.data } : undefined,
  };
}

/**
 * The queries the figures wait for. The previous period's series is the trend chart's, and
 * the figures' only when it stands in for the previous urgency breakdown.
 */
export function headlineQueryList(q: HeadlineQueries): UseQueryResult<unknown>[] {
  const { previous: trendOverlay, ...series } = q.series;
  const overlayIsFigure = q.breakdowns['previous.urgency'] === undefined;
  return [
    ...Object.values(series),
    ...(overlayIsFigure ? [trendOverlay] : []),
    ...Object.values(q.breakdowns),
  ].filter((x) => x !== undefined);
}

/** What the figures are made of, in a fixed order: the same items mean the same figures. */
function inputsOf(q: HeadlineQueries, minors: OverviewAnswers['minors'], k: number) {
  return [
    k,
    minors,
    ...Object.values(q.series).map((x) => x?.data),
    ...Object.values(q.breakdowns).map((x) => x?.data),
  ];
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The figures of the last complete set of current answers. Kept in state and replaced
 * during render when the answers change (React's pattern for values derived from the last
 * render), so a render for an unrelated answer costs nothing.
 */
interface SettledFigures {
  figures: OverviewFigure[];
  /** The period the figures are of (the URL's may be newer while they refresh). */
  comparable: boolean;
  periodDays: number;
}

function useSettledFigures(
  { queries, minors, comparable, periodDays, k }: HeadlineRowProps,
  settled: boolean,
): SettledFigures | null {
  const [kept, setKept] = useState<{ inputs: readonly unknown[]; view: SettledFigures } | null>(
    null,
  );
  if (!settled) return kept?.view ?? null;
  const inputs = [...inputsOf(queries, minors, k), comparable, periodDays];
  if (kept && sameItems(kept.inputs, inputs)) return kept.view;
  const answered = answers(queries, minors);
  if (!answered) return kept?.view ?? null;
  const next = { inputs, view: { figures: overviewFigures(answered, k), comparable, periodDays } };
  setKept(next);
  return next.view;
}

/** The figures' order, which is also the blank cards' (their keys are the figures' ids). */
const HEADLINE_IDS = Object.keys(HEADLINE_LABELS) as (keyof typeof HEADLINE_LABELS)[];

/**
 * The six cards. Without figures yet, the same cards with blanks: labelled, of the figures'
 * own size, so the row has its final height before the answers come (the chart under it
 * does not jump down when they do: layout shift, which Lighthouse measured at 0.35 on the
 * overview), and the figures then fill the cards in place.
 */
function HeadlineCards({
  shown,
  comparable,
}: {
  shown: SettledFigures | null;
  comparable: boolean;
}) {
  return (
    <ul
      className="trends-headlines"
      aria-label={shown ? 'Headline figures' : undefined}
      aria-hidden={shown ? undefined : true}
    >
      {shown
        ? shown.figures.map((f) => (
            <li key={f.id}>
              <HeadlineFigure
                label={f.label}
                value={f.value}
                spokenValue={f.spokenValue}
                change={shown.comparable ? f.change : null}
                periodDays={shown.periodDays}
                sparkline={f.sparkline}
              />
            </li>
          ))
        : HEADLINE_IDS.map((id) => (
            <li key={id}>
              <HeadlineFigure
                label={HEADLINE_LABELS[id]}
                value={null}
                change={comparable ? 'blank' : null}
                periodDays={0}
              />
            </li>
          ))}
    </ul>
  );
}

export function HeadlineRow(props: HeadlineRowProps) {
  const list = headlineQueryList(props.queries);
  const settled = list.every((q) => !q.isPlaceholderData);
  const shown = useSettledFigures(props, settled);
  const [first, ...rest] = list;
  if (!first) return null;
  const query = representative([first, ...rest]);
  const cards = <HeadlineCards shown={shown} comparable={props.comparable} />;
  // The blank cards show on the first load only: once an answer has failed, QueryState says
  // so (and keeps saying it).
  return (
    <QueryState
      query={query}
      label="the headline figures"
      loading={query.errorUpdateCount === 0 ? cards : undefined}
    >
      {() => cards}
    </QueryState>
  );
}
