import fc from 'fast-check';
import { all } from 'iso-3166-1';
import { describe, expect, it } from 'vitest';
import { parseBbox } from '../../../src/api/contract/filter-params.ts';
import {
  boxCentre,
  COUNTRY_BOXES,
  scopeBounds,
} from '../../../src/features/hotspots/lib/country-boxes.ts';
import { coverLonIntervals } from '../../../src/features/hotspots/lib/lon-intervals.ts';

/** UN M49 sub-regions, as a partner scope would list them. */
const NORTHERN_EUROPE = [
  'AX',
  'DK',
  'EE',
  'FI',
  'FO',
  'GB',
  'GG',
  'IE',
  'IM',
  'IS',
  'JE',
  'LT',
  'LV',
  'NO',
  'SE',
  'SJ',
];
const MELANESIA = ['FJ', 'NC', 'PG', 'SB', 'VU'];
const POLYNESIA = ['AS', 'CK', 'NU', 'PF', 'PN', 'TK', 'TO', 'TV', 'WF', 'WS'];

const covers = (cover: [number, number], [w, e]: readonly [number, number]) => {
  if (cover[1] - cover[0] >= 360) return true;
  const width = (((e - w) % 360) + 360) % 360;
  const from = (((w - cover[0]) % 360) + 360) % 360;
  return from + width <= cover[1] - cover[0] + 1e-9;
};

describe('coverLonIntervals', () => {
  it('covers plain intervals with their span', () => {
    expect(
      coverLonIntervals([
        [0, 10],
        [20, 30],
      ]),
    ).toEqual([0, 30]);
  });

  it('goes across the antimeridian when that is shorter', () => {
    expect(
      coverLonIntervals([
        [177, -178],
        [-172, -171],
      ]),
    ).toEqual([177, 189]);
  });

  it('is the whole world when an interval is', () => {
    expect(coverLonIntervals([[-180, 180]])).toEqual([-180, 180]);
    expect(coverLonIntervals([])).toBeNull();
  });

  it('covers every interval, no wider than the plain span (property)', () => {
    const interval = fc
      .tuple(fc.integer({ min: -180, max: 179 }), fc.integer({ min: 0, max: 90 }))
      .map(([w, width]): [number, number] => [w, w + width > 180 ? w + width - 360 : w + width]);
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 12 }), (intervals) => {
        const cover = coverLonIntervals(intervals)!;
        expect(cover[1] - cover[0]).toBeLessThanOrEqual(360);
        for (const i of intervals) expect(covers(cover, i)).toBe(true);
      }),
    );
  });
});

describe('COUNTRY_BOXES', () => {
  it('has a valid box for every ISO 3166-1 country', () => {
    for (const c of all()) {
      const box = COUNTRY_BOXES[c.alpha2];
      expect(box, c.alpha2).toBeDefined();
      expect(parseBbox(box!.join(',')), c.alpha2).toEqual(box);
    }
  });

  it('places overseas territories by their own code, not their sovereign’s', () => {
    expect(COUNTRY_BOXES.FR![0]).toBeGreaterThan(-10); // no French Guiana in France
    expect(COUNTRY_BOXES.GF![0]).toBeLessThan(-50);
    expect(COUNTRY_BOXES.NO![1]).toBeGreaterThan(50); // no Bouvet Island in Norway
  });

  it('crosses the antimeridian for Fiji, Russia and the United States', () => {
    for (const code of ['FJ', 'RU', 'US', 'NZ'])
      expect(COUNTRY_BOXES[code]![0]).toBeGreaterThan(COUNTRY_BOXES[code]![2]);
  });

  it('centres a box across the antimeridian between its edges', () => {
    expect(boxCentre([170, -20, -170, -10])).toEqual([-15, 180]);
  });
});

describe('scopeBounds', () => {
  it('frames a Northern Europe partner on Northern Europe', () => {
    const s = scopeBounds(NORTHERN_EUROPE)!;
    expect(s.bounds.west).toBeGreaterThan(-30);
    expect(s.bounds.east).toBeLessThan(45);
    expect(s.bounds.south).toBeGreaterThan(45);
  });

  it('frames Melanesia across the antimeridian, not round the world', () => {
    const s = scopeBounds(MELANESIA)!;
    expect(s.bounds.east).toBeGreaterThan(180);
    expect(s.bounds.east - s.bounds.west).toBeLessThan(60);
  });

  it('frames Polynesia, whose islands the 110m shapes do not even draw', () => {
    const s = scopeBounds(POLYNESIA)!;
    expect(s.bounds.east - s.bounds.west).toBeLessThan(90);
  });

  it('pads maxBounds a little around the scope', () => {
    const { bounds, maxBounds } = scopeBounds(['GB', 'IE'])!;
    expect(maxBounds.west).toBeLessThan(bounds.west);
    expect(maxBounds.east).toBeGreaterThan(bounds.east);
    expect(maxBounds.south).toBeLessThan(bounds.south);
    expect(maxBounds.north).toBeGreaterThan(bounds.north);
    expect(maxBounds.east - maxBounds.west).toBeLessThan(2 * (bounds.east - bounds.west) + 7);
  });

  it('is null when no country of the scope is known', () => {
    expect(scopeBounds([])).toBeNull();
    expect(scopeBounds(['ZZ'])).toBeNull();
  });
});
