import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryState } from '../../../components/query-state.tsx';
import type { HeadlineQueries } from '../api/headline-queries.ts';
import {
  overviewFigures,
  type OverviewAnswers,
  type OverviewFigure,
} from '../lib/overview-figures.ts';
import { representative } from '../lib/query-group.ts';
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
    urgency: b.urgency?.data,
    setting: b.setting?.data,
    platform: b.platform?.data,
    exploitationType: b.exploitationType?.data,
  });
  if (!series || !current || (s.minors && !s.minors.data)) return null;
  const asked = b['previous.urgency'] !== undefined;
  const previous = allDefined({
    urgency: b['previous.urgency']?.data,
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

/** The queries the figures wait for (the previous period's series is the trend chart's). */
export function headlineQueryList(q: HeadlineQueries): UseQueryResult<unknown>[] {
  const { previous: _trendOverlay, ...series } = q.series;
  return [...Object.values(series), ...Object.values(q.breakdowns)].filter((x) => x !== undefined);
}

/** What the figures are made of, in a fixed order: the same items mean the same figures. */
function inputsOf(a: OverviewAnswers, k: number): readonly unknown[] {
  const { series: s, current: c, previous: p } = a;
  return [
    k,
    a.minors,
    s.urgency,
    s.setting,
    s.platform,
    s.exploitationType,
    s.minors,
    c.urgency,
    c.setting,
    c.platform,
    c.exploitationType,
    p?.urgency,
    p?.setting,
    p?.platform,
    p?.exploitationType,
    p?.minors,
  ];
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The figures of the last complete set of current answers. Kept in state and replaced
 * during render when the answers change (React's pattern for values derived from the last
 * render), so a render for an unrelated answer costs nothing.
 */
function useSettledFigures(
  answered: OverviewAnswers | null,
  settled: boolean,
  k: number,
): OverviewFigure[] | null {
  const [kept, setKept] = useState<{
    inputs: readonly unknown[];
    figures: OverviewFigure[];
  } | null>(null);
  if (!answered || !settled) return kept?.figures ?? null;
  const inputs = inputsOf(answered, k);
  if (kept && sameItems(kept.inputs, inputs)) return kept.figures;
  const next = { inputs, figures: overviewFigures(answered, k) };
  setKept(next);
  return next.figures;
}

export function HeadlineRow({ queries, minors, comparable, periodDays, k }: HeadlineRowProps) {
  const list = headlineQueryList(queries);
  const settled = list.every((q) => !q.isPlaceholderData);
  const figures = useSettledFigures(answers(queries, minors), settled, k);
  const [first, ...rest] = list;
  if (!first) return null;
  return (
    <QueryState query={representative([first, ...rest])} label="the headline figures">
      {() =>
        figures ? (
          <ul className="trends-headlines" aria-label="Headline figures">
            {figures.map((f) => (
              <li key={f.id}>
                <HeadlineFigure
                  label={f.label}
                  value={f.value}
                  spokenValue={f.spokenValue}
                  change={comparable ? f.change : null}
                  periodDays={periodDays}
                  sparkline={f.sparkline}
                />
              </li>
            ))}
          </ul>
        ) : null
      }
    </QueryState>
  );
}
