import { addDaysUtc, addMonthsUtc, type IsoDay } from '../lib/dates.ts';

/**
 * Date range presets. The URL carries the preset (`range=30d`), not the dates it stands
 * for, so a bookmarked "last 30 days" still means the last 30 days next month.
 */

export const rangePresets = ['7d', '30d', '90d', '12m', 'all', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

/**
 * 90 days by default: recent enough to be about what is happening now (and cheap for the
 * API to aggregate at millions of reports), long enough to show a trend over 13 weeks.
 */
export const DEFAULT_RANGE: RangePreset = '90d';

export const rangeLabels: Record<RangePreset, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  all: 'All time',
  custom: 'Custom dates',
};

export function isRangePreset(value: string): value is RangePreset {
  return (rangePresets as readonly string[]).includes(value);
}

/**
 * The days a preset covers, both included, ending today (UTC). "Last 7 days" is today and
 * the 6 days before it; "last 12 months" starts the day after the same date a year ago.
 */
export function resolveDateRange(
  range: RangePreset,
  custom: { from?: IsoDay; to?: IsoDay },
  today: IsoDay,
): { from?: IsoDay; to?: IsoDay } {
  switch (range) {
    case '7d':
      return { from: addDaysUtc(today, -6), to: today };
    case '30d':
      return { from: addDaysUtc(today, -29), to: today };
    case '90d':
      return { from: addDaysUtc(today, -89), to: today };
    case '12m':
      return { from: addDaysUtc(addMonthsUtc(today, -12), 1), to: today };
    case 'all':
      return {};
    case 'custom':
      return {
        ...(custom.from ? { from: custom.from } : {}),
        ...(custom.to ? { to: custom.to } : {}),
      };
  }
}
