import { z } from '../../lib/zod.ts';
import { isCount } from './count-rule.ts';

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .meta({ id: 'CountryCode', description: 'ISO 3166-1 alpha-2 country code.' });

/** UN M49 sub-region code, three digits. */
export const RegionCode = z
  .string()
  .regex(/^\d{3}$/)
  .meta({ id: 'RegionCode', description: 'UN M49 sub-region code (three digits), e.g. 154.' });

/** A calendar day, UTC. */
export const IsoDate = z.iso.date().meta({ description: 'A calendar day (YYYY-MM-DD), UTC.' });

/**
 * A count that may be withheld. For partner roles every count from 1 to k−1 is suppressed:
 * `count` is null and `suppressed` true. A true zero is `{ count: 0, suppressed: false }`,
 * so "nothing" and "too few to show" never look alike.
 *
 * This is the shape as documented (the OpenAPI document's `Count` is its JSON Schema) and
 * the check that says what is wrong with a bad count. Answers are read with `Count` below.
 */
export const CountShape = z
  .object({
    count: z.int().min(0).nullable(),
    suppressed: z.boolean(),
  })
  .refine((c) => c.suppressed === (c.count === null), {
    message: 'count is null exactly when suppressed',
  });
export type Count = z.infer<typeof CountShape>;

/**
 * A count in an answer: `isCount` for the counts that are right, and `CountShape` for a
 * wrong one, so the error names the field and the rule as before. Unlike `CountShape` it
 * keeps properties it does not know instead of copying the object without them.
 */
export const Count = z
  .custom<Count>()
  .check((payload) => {
    if (isCount(payload.value)) return;
    const parsed = CountShape.safeParse(payload.value);
    for (const issue of parsed.error?.issues ?? []) {
      payload.issues.push({ ...issue, input: payload.value });
    }
  })
  .meta({
    id: 'Count',
    description:
      'A count that may be suppressed (statistical disclosure control). `count` is null exactly when `suppressed` is true; zero is a real 0.',
  });

/** Problem details, RFC 9457, the one error shape of every endpoint. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    invalidParams: z
      .array(z.object({ name: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: 'For 400: every offending parameter, named.' }),
  })
  .meta({ id: 'Problem', description: 'Problem details (RFC 9457).' });
export type Problem = z.infer<typeof Problem>;
