import { z } from '../../lib/zod.ts';
import { dimensions, intervals, OTHER_KEY } from './aggregate-terms.ts';
import { Count, IsoDate } from './common-schemas.ts';

export const Dimension = z.enum(dimensions).meta({ id: 'Dimension' });

export const Interval = z.enum(intervals).meta({
  id: 'Interval',
  description: 'Bucket size. Weeks start on Monday (ISO 8601); all buckets are UTC.',
});

/** Every aggregate also says how many matching reports have no coordinates. */
const totals = {
  total: Count.meta({ description: 'All reports matching the filters.' }),
  withoutCoordinates: Count.meta({
    description: 'Matching reports with no latitude and longitude (they still count).',
  }),
};

const GroupKey = z.object({ key: z.string(), label: z.string() });

export const TimeSeries = z
  .object({
    interval: Interval,
    from: IsoDate,
    to: IsoDate.meta({ description: 'Last day covered, included.' }),
    groupBy: Dimension.nullable(),
    groups: z
      .array(GroupKey)
      .meta({ description: `Groups in order of their total, largest first; "${OTHER_KEY}" last.` }),
    buckets: z.array(
      z.object({
        start: IsoDate,
        total: Count,
        groups: z
          .record(z.string(), Count)
          .meta({ description: 'By group key; empty without groupBy.' }),
      }),
    ),
    ...totals,
  })
  .meta({
    id: 'TimeSeries',
    description: 'Every bucket from `from` to `to`, empty ones included (count 0).',
  });
export type TimeSeries = z.infer<typeof TimeSeries>;

export const Breakdown = z
  .object({
    dimension: Dimension,
    items: z.array(z.object({ key: z.string(), label: z.string(), count: Count })),
    ...totals,
  })
  .meta({
    id: 'Breakdown',
    description:
      'Counts by one dimension, largest first. Reports with several values (platforms, indicators…) count once under each; `total` counts each report once.',
  });
export type Breakdown = z.infer<typeof Breakdown>;

export const CountryBins = z
  .object({
    items: z.array(z.object({ country: z.string(), count: Count })),
    ...totals,
  })
  .meta({ id: 'CountryBins', description: 'Reports per country, with or without coordinates.' });
export type CountryBins = z.infer<typeof CountryBins>;

export const GridBins = z
  .object({
    cellSize: z.number().meta({ description: 'Degrees of latitude and longitude per cell.' }),
    cells: z.array(
      z.object({
        south: z.number(),
        west: z.number(),
        count: Count,
      }),
    ),
    outsideExtent: Count.meta({ description: 'Located reports outside the asked extent.' }),
    ...totals,
  })
  .meta({
    id: 'GridBins',
    description:
      'Located reports binned on a grid within an extent. Cells + outsideExtent + withoutCoordinates = total.',
  });
export type GridBins = z.infer<typeof GridBins>;
