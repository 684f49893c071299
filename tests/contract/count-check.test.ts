import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Count, CountShape } from '../../src/api/contract/common-schemas.ts';
import { isCount } from '../../src/api/contract/count-rule.ts';
import { Breakdown } from '../../src/api/contract/aggregate-schemas.ts';

/** Values near and far from a count: the edges of each rule, and things that are not one. */
const countLike = fc.oneof(
  fc.record({
    count: fc.oneof(
      fc.constant(null),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(0.5, -0, Number.NaN, Infinity, 2 ** 53, Number.MAX_SAFE_INTEGER),
      fc.constantFrom('3', true, undefined, {}),
    ),
    suppressed: fc.oneof(fc.boolean(), fc.constantFrom(null, 0, 1, 'true', undefined)),
  }),
  fc.record({ count: fc.nat(), suppressed: fc.boolean(), extra: fc.string() }),
  fc.record({ count: fc.nat() }),
  fc.constantFrom(null, undefined, 3, 'count', [], [3, false]),
);

describe('the count check', () => {
  it('accepts exactly what the documented shape accepts', () => {
    fc.assert(
      fc.property(countLike, (value) => {
        const documented = CountShape.safeParse(value).success;
        expect(isCount(value)).toBe(documented);
        expect(Count.safeParse(value).success).toBe(documented);
      }),
      { numRuns: 2_000 },
    );
  });

  it('names the field and the rule of a wrong count inside an answer, as the shape does', () => {
    const answer = (count: unknown) => ({
      dimension: 'urgency',
      items: [
        { key: 'low', label: 'Low', count: { count: 4, suppressed: false } },
        { key: 'high', label: 'High', count },
      ],
      total: { count: 4, suppressed: false },
      withoutCoordinates: { count: 0, suppressed: false },
    });
    const firstIssue = (count: unknown) => Breakdown.safeParse(answer(count)).error?.issues[0];

    expect(firstIssue({ count: -1, suppressed: false })).toMatchObject({
      path: ['items', 1, 'count', 'count'],
      message: 'Too small: expected number to be >=0',
    });
    expect(firstIssue({ count: 3, suppressed: true })).toMatchObject({
      path: ['items', 1, 'count'],
      message: 'count is null exactly when suppressed',
    });
    expect(firstIssue('3')).toMatchObject({ path: ['items', 1, 'count'] });
    expect(Breakdown.safeParse(answer({ count: null, suppressed: true })).success).toBe(true);
  });
});
