import { describe, expect, it } from 'vitest';
import { buildCountScale } from '../../../src/features/hotspots/lib/count-scale.ts';
import { mapLegendEntries } from '../../../src/features/hotspots/lib/map-legend-entries.ts';
import { ANALYST, n, PARTNER, smallNumbersIn, SUPPRESSED } from './fixtures.ts';

const counts = [n(3), n(40), n(900), SUPPRESSED];

describe('mapLegendEntries', () => {
  it('names every class of the scale, "0" first, for the choropleth and the bins', () => {
    const scale = buildCountScale(counts, ANALYST);
    const labels = mapLegendEntries('bins', scale, ANALYST).map((e) => e.label);
    expect(labels[0]).toBe('0');
    expect(labels).toContain('<11');
    expect(labels.length).toBe(2 + scale.ranges.length);
  });

  it('gives a partner "<11" and the land outside their area, and no number from 1 to 10', () => {
    const scale = buildCountScale(counts, PARTNER);
    const entries = mapLegendEntries('choropleth', scale, PARTNER, { outsideScope: true });
    expect(entries.at(-1)?.label).toBe('Outside your area (no data shown)');
    expect(smallNumbersIn(entries.map((e) => e.label).join(' '))).toEqual([]);
  });

  it('says only "fewer" and "more" for the heat layer', () => {
    const scale = buildCountScale(counts, ANALYST);
    expect(mapLegendEntries('heat', scale, ANALYST).map((e) => e.label)).toEqual([
      'Fewer reports',
      'More reports',
    ]);
  });
});
