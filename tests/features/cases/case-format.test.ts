import { describe, expect, it } from 'vitest';
import * as E from '../../../src/api/contract/enums.ts';
import { countryName } from '../../../src/lib/country-name.ts';
import {
  describeSubject,
  formatCoordinates,
  formatIncidentDate,
  formatLocation,
  formatReceivedAt,
  formatRelative,
  labelList,
  labelOf,
  summariseAgeBands,
} from '../../../src/features/cases/lib/case-format.ts';

const now = Date.parse('2026-03-14T12:00:00Z');

describe('case formatting', () => {
  it('shows when a report was received in UTC, with a relative hint', () => {
    expect(formatReceivedAt('2026-03-14T09:05:00Z', now)).toEqual({
      utc: '14 Mar 2026, 09:05',
      absolute: '14 Mar 2026, 09:05 UTC',
      relative: '3 hours ago',
      iso: '2026-03-14T09:05:00Z',
    });
    // Just after midnight UTC is still that UTC day, whatever the analyst's zone.
    expect(formatReceivedAt('2026-01-01T00:30:00.000Z', now).absolute).toBe(
      '1 Jan 2026, 00:30 UTC',
    );
    expect(formatReceivedAt('not a date', now)).toEqual({
      utc: 'not a date',
      absolute: 'not a date',
      relative: '',
      iso: 'not a date',
    });
  });

  it('words relative times plainly', () => {
    const s = 1000;
    expect(formatRelative(now - 10 * s, now)).toBe('just now');
    expect(formatRelative(now - 50 * s, now)).toBe('1 minute ago');
    expect(formatRelative(now - 5 * 60 * s, now)).toBe('5 minutes ago');
    expect(formatRelative(now - 26 * 3600 * s, now)).toBe('yesterday');
    expect(formatRelative(now - 3 * 86400 * s, now)).toBe('3 days ago');
    expect(formatRelative(now - 400 * 86400 * s, now)).toBe('last year');
    expect(formatRelative(now + 120 * s, now)).toBe('in 2 minutes');
  });

  it("summarises the victims' age bands youngest first, with counts", () => {
    expect(
      summariseAgeBands([
        { ageBand: '18-20', gender: 'male', count: 1 },
        { ageBand: '9-17', gender: 'female', count: 2 },
        { ageBand: '9-17', gender: 'male', count: 1 },
        { ageBand: 'unknown', gender: 'unknown', count: 1 },
      ]),
    ).toBe('9–17 (3), 18–20, Unknown age');
    expect(summariseAgeBands([])).toBe('Not recorded');
  });

  it('describes a subject group', () => {
    expect(describeSubject({ ageBand: '9-17', gender: 'female', count: 2 })).toBe(
      '2 × Female, 9–17',
    );
    expect(describeSubject({ ageBand: '48+', gender: 'male', count: 1 })).toBe('Male, 48 and over');
  });

  it('writes a location as "City, Country"', () => {
    expect(formatLocation({ country: 'GB', city: 'Manchester', precision: 'city' })).toBe(
      'Manchester, United Kingdom',
    );
    expect(formatLocation({ country: 'KE', admin1: 'Nairobi County', precision: 'region' })).toBe(
      'Nairobi County, Kenya',
    );
    expect(formatLocation({ country: 'DE', precision: 'country' })).toBe('Germany');
    expect(countryName('XX')).toBe('XX');
  });

  it('writes coordinates with hemispheres', () => {
    expect(formatCoordinates(53.4808, -2.2426)).toBe('53.4808° N, 2.2426° W');
    expect(formatCoordinates(-1.2921, 36.8219)).toBe('1.2921° S, 36.8219° E');
  });

  it('keeps an incident date only as precise as it was reported', () => {
    expect(formatIncidentDate('2026-03-01', 'day')).toBe('1 Mar 2026');
    expect(formatIncidentDate('2026-03-01', 'month')).toBe('March 2026');
    expect(formatIncidentDate('2026-01-01', 'year')).toBe('2026');
    expect(formatIncidentDate('2026-01-01', 'unknown')).toBe('Not known');
    expect(formatIncidentDate(null, 'day')).toBe('Not known');
  });

  it('labels enum values in plain words, and never drops an unknown one', () => {
    expect(labelOf(E.urgency, 'immediate_danger')).toBe('Immediate danger');
    expect(labelOf(E.urgency, 'brand_new_value')).toBe('brand_new_value');
    expect(labelOf(E.urgency, 'toString')).toBe('toString');
    expect(labelList(E.platform, ['dating_app', 'classifieds'])).toBe('Dating app, Classified ads');
    expect(labelList(E.platform, [])).toBe('None');
  });
});
