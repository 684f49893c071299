import type { UseQueryResult } from '@tanstack/react-query';
import { QueryState } from '../../../components/query-state.tsx';
import type { HeadlineQueries } from '../api/headline-queries.ts';
import { overviewFigures, type OverviewAnswers } from '../lib/overview-figures.ts';
import { representative } from '../lib/query-group.ts';
import { HeadlineFigure } from './headline-figure.tsx';

/**
 * The overview's six headline figures, each with its sparkline and change. Drawn once
 * every answer they are made of is in, so no figure shows a change against a previous
 * period that has not loaded yet.
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

export function HeadlineRow({ queries, minors, comparable, periodDays, k }: HeadlineRowProps) {
  const list = headlineQueryList(queries);
  const [first, ...rest] = list;
  if (!first) return null;
  const data = answers(queries, minors);
  return (
    <QueryState query={representative([first, ...rest])} label="the headline figures">
      {() =>
        data ? (
          <ul className="trends-headlines" aria-label="Headline figures">
            {overviewFigures(data, k).map((f) => (
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
