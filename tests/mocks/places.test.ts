import { describe, expect, it } from 'vitest';
import { places } from '../../mocks/data/places.ts';
import { getPlaceIndex } from '../../mocks/generator/place-index.ts';

describe('places.json', () => {
  const byCode = new Map(places.countries.map((c) => [c.code, c]));
  const regionName = new Map(places.regions.map((r) => [r.code, r.name]));

  it.each([
    ['GB', '154', 'Northern Europe', 'United Kingdom', '826'],
    ['KE', '014', 'Eastern Africa', 'Kenya', '404'],
    ['NG', '011', 'Western Africa', 'Nigeria', '566'],
    ['CM', '017', 'Middle Africa', 'Cameroon', '120'],
    ['ZA', '018', 'Southern Africa', 'South Africa', '710'],
    ['BR', '005', 'South America', 'Brazil', '076'],
    ['MX', '013', 'Central America', 'Mexico', '484'],
    ['JM', '029', 'Caribbean', 'Jamaica', '388'],
    ['US', '021', 'Northern America', 'United States', '840'],
    ['PH', '035', 'South-eastern Asia', 'Philippines', '608'],
    ['EG', '015', 'Northern Africa', 'Egypt', '818'],
    ['TW', '030', 'Eastern Asia', 'Taiwan', '158'],
  ])('%s is in %s (%s) as %s, numeric %s', (code, region, name, countryName, numeric) => {
    expect(byCode.get(code)).toEqual({ code, numeric, name: countryName, region });
    expect(regionName.get(region)).toBe(name);
  });

  it('uses intermediate regions, not Sub-Saharan Africa or Latin America as a whole', () => {
    const codes = places.regions.map((r) => r.code);
    expect(codes).not.toContain('202');
    expect(codes).not.toContain('419');
    expect(codes).toHaveLength(22);
  });

  it('has every country with a region that exists, and short names', () => {
    expect(places.countries.length).toBeGreaterThan(240);
    for (const c of places.countries) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect(regionName.has(c.region)).toBe(true);
      expect(c.name.length).toBeLessThanOrEqual(32);
    }
  });

  it('has the largest cities and at least three per country where the country has them', () => {
    const index = getPlaceIndex();
    expect(places.cities.length).toBeGreaterThanOrEqual(1500);
    const names = new Set(places.cities.map(([name, country]) => `${name}/${country}`));
    for (const city of ['London/GB', 'Nairobi/KE', 'Manila/PH', 'Lagos/NG', 'São Paulo/BR'])
      expect(names).toContain(city);
    const perCountry = index.citiesOfCountry.map((list) => list.length);
    expect(perCountry.filter((n) => n > 0).length).toBeGreaterThan(200);
    expect(perCountry.filter((n) => n > 0 && n < 3).length).toBeLessThan(40);
    for (const [, , , lat, lon, population] of places.cities) {
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(population).toBeGreaterThanOrEqual(0);
      expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
    }
  });
});
