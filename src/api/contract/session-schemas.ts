import { z } from '../../lib/zod.ts';
import { CountryCode, RegionCode, IsoDate } from './common-schemas.ts';
import { filterEnumNames } from './enums.ts';

export const Role = z.enum(['analyst', 'partner']);
export type Role = z.infer<typeof Role>;

export const Scope = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({
      kind: z.literal('countries'),
      label: z.string().meta({ description: 'e.g. the sub-region name' }),
      countries: z.array(CountryCode).min(1),
    }),
  ])
  .meta({ id: 'Scope', description: 'What data the caller may see: all, or a list of countries.' });
export type Scope = z.infer<typeof Scope>;

export const Me = z
  .object({
    role: Role,
    displayName: z.string(),
    organisation: z.string(),
    scope: Scope,
    suppressionThreshold: z
      .int()
      .min(2)
      .meta({ description: 'k: for partners, counts from 1 to k−1 are suppressed.' }),
  })
  .meta({ id: 'Me', description: 'Who is calling, as what, and what they may see.' });
export type Me = z.infer<typeof Me>;

const Option = z.object({ value: z.string(), label: z.string() });

export const Metadata = z
  .object({
    enums: z
      .record(z.enum(filterEnumNames as [string, ...string[]]), z.array(Option))
      .meta({ description: 'Every enumeration, in display order, with its label.' }),
    countries: z.array(z.object({ code: CountryCode, name: z.string(), region: RegionCode })),
    regions: z.array(z.object({ code: RegionCode, name: z.string() })),
    dataRange: z
      .object({ from: IsoDate.nullable(), to: IsoDate.nullable() })
      .meta({ description: 'First and last day with reports visible to the caller.' }),
    pageSizeMax: z.int().min(1),
  })
  .meta({ id: 'Metadata' });
export type Metadata = z.infer<typeof Metadata>;
