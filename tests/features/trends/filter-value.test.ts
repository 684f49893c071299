import { describe, expect, it } from 'vitest';
import { addFilterValue } from '../../../src/features/trends/lib/filter-value.ts';

describe('selecting a value in a chart', () => {
  it("adds it to that dimension's filter, beside the values already there", () => {
    expect(addFilterValue({ range: '90d' }, 'platform', 'dating_app')).toEqual({
      platform: ['dating_app'],
    });
    expect(addFilterValue({ range: '90d', urgency: ['high'] }, 'urgency', 'medium')).toEqual({
      urgency: ['high', 'medium'],
    });
    expect(addFilterValue({ range: '90d' }, 'country', 'FR')).toEqual({ country: ['FR'] });
    expect(addFilterValue({ range: '90d' }, 'region', '154')).toEqual({ region: ['154'] });
    expect(addFilterValue({ range: '90d' }, 'ageBand', '48+')).toEqual({ ageBand: ['48+'] });
  });

  it('does nothing for "Other", an unknown value, or one already filtered by', () => {
    expect(addFilterValue({ range: '90d' }, 'platform', '__other__')).toBeNull();
    expect(addFilterValue({ range: '90d' }, 'platform', 'carrier_pigeon')).toBeNull();
    expect(addFilterValue({ range: '90d' }, 'country', 'france')).toBeNull();
    expect(addFilterValue({ range: '90d', status: ['new'] }, 'status', 'new')).toBeNull();
  });
});
