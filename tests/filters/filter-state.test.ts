import { describe, expect, it } from 'vitest';
import {
  applyFilterPatch,
  countActiveFilters,
  filterSearch,
  parseFilterUrl,
  toApiFilters,
  writeFilterState,
} from '../../src/filters/filter-state.ts';
import { resolveDateRange } from '../../src/filters/date-range.ts';

const TODAY = '2026-03-15';
const parse = (search: string) => parseFilterUrl(new URLSearchParams(search), TODAY);

describe('resolveDateRange', () => {
  it('ends every preset today and includes both ends', () => {
    expect(resolveDateRange('7d', {}, TODAY)).toEqual({ from: '2026-03-09', to: TODAY });
    expect(resolveDateRange('30d', {}, TODAY)).toEqual({ from: '2026-02-14', to: TODAY });
    expect(resolveDateRange('90d', {}, TODAY)).toEqual({ from: '2025-12-16', to: TODAY });
    expect(resolveDateRange('12m', {}, TODAY)).toEqual({ from: '2025-03-16', to: TODAY });
  });

  it('has no bounds for all time, and the given days for custom', () => {
    expect(resolveDateRange('all', {}, TODAY)).toEqual({});
    expect(resolveDateRange('custom', { from: '2026-01-01' }, TODAY)).toEqual({
      from: '2026-01-01',
    });
    expect(resolveDateRange('custom', { from: '2026-01-01', to: '2026-01-31' }, TODAY)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('crosses month, year and leap-day edges in UTC', () => {
    expect(resolveDateRange('7d', {}, '2026-01-03')).toEqual({
      from: '2025-12-28',
      to: '2026-01-03',
    });
    expect(resolveDateRange('30d', {}, '2024-03-01')).toEqual({
      from: '2024-02-01',
      to: '2024-03-01',
    });
    // A year before 29 February 2024 is 28 February 2023; the range starts the day after.
    expect(resolveDateRange('12m', {}, '2024-02-29')).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
    });
  });
});

describe('parseFilterUrl', () => {
  it('defaults to the last 90 days with no notices', () => {
    const parsed = parse('');
    expect(parsed.state).toEqual({ range: '90d' });
    expect(parsed.apiFilters).toEqual({ from: '2025-12-16', to: TODAY });
    expect(parsed.notices).toEqual([]);
    expect(parsed.cleaned).toBeNull();
  });

  it('reads every kind of filter', () => {
    const parsed = parse(
      'range=30d&urgency=high,low&country=gb,FR&region=154&tag=x&q=%20job%20offer%20&hasCoordinates=true',
    );
    expect(parsed.state).toEqual({
      range: '30d',
      urgency: ['high', 'low'],
      country: ['GB', 'FR'],
      region: ['154'],
      tag: ['x'],
      q: 'job offer',
      hasCoordinates: true,
    });
    expect(parsed.apiFilters.from).toBe('2026-02-14');
    expect(parsed.notices).toEqual([]);
  });

  it('treats explicit days without a preset as custom', () => {
    const parsed = parse('from=2026-01-01&to=2026-01-31');
    expect(parsed.state).toEqual({ range: 'custom', from: '2026-01-01', to: '2026-01-31' });
    expect(parsed.apiFilters).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('keeps registered view parameters and drops unknown ones with a notice', () => {
    const parsed = parse('sort=-urgency&lat=51.5&utm_source=mail&urgency=high');
    expect(parsed.notices).toEqual([
      { param: 'utm_source', message: 'Ignored "utm_source": the dashboard has no such setting.' },
    ]);
    expect(parsed.cleaned?.toString()).toBe('urgency=high&sort=-urgency&lat=51.5');
  });

  it('drops bad values, keeps the good ones and says what happened', () => {
    const parsed = parse('urgency=high,hgih&range=3w&from=2026-13-01&country=GBR');
    expect(parsed.state).toEqual({ range: '90d', urgency: ['high'] });
    const params = parsed.notices.map((n) => n.param).sort();
    expect(params).toEqual(['country', 'from', 'range', 'urgency']);
    expect(parsed.notices.find((n) => n.param === 'urgency')?.message).toBe(
      'Ignored Urgency (urgency): "hgih" is not a known value.',
    );
    expect(parsed.cleaned?.toString()).toBe('urgency=high');
  });

  it('ignores days given with a preset, since the preset sets them', () => {
    const parsed = parse('range=7d&from=2026-01-01');
    expect(parsed.state).toEqual({ range: '7d' });
    expect(parsed.notices[0]?.param).toBe('from');
    expect(parsed.cleaned?.toString()).toBe('range=7d');
  });

  it('produces a URL that parses cleanly (no endless clean-up loop)', () => {
    for (const search of [
      'x=1&urgency=nope',
      'from=2026-02-01&to=2026-01-01',
      'range=custom&from=bad',
      `q=${'a'.repeat(201)}`,
    ]) {
      const cleaned = parse(search).cleaned;
      expect(cleaned).not.toBeNull();
      expect(parse(cleaned!.toString()).notices).toEqual([]);
    }
  });

  it('keeps hostile text as data, clipped in notices', () => {
    const parsed = parse(
      `q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&${'<script>'.repeat(10)}=1`,
    );
    expect(parsed.state.q).toBe('<img src=x onerror=alert(1)>');
    expect(parsed.notices[0]?.param.length).toBeLessThanOrEqual(41);
  });
});

describe('writeFilterState', () => {
  const write = (search: string, patch: Parameters<typeof applyFilterPatch>[1]) => {
    const current = new URLSearchParams(search);
    const state = applyFilterPatch(parse(search).state, patch);
    return writeFilterState(current, state, { resetPosition: true }).toString();
  };

  it('drops defaults and empty values, in a stable order', () => {
    expect(write('', { range: '90d', urgency: [], q: '' })).toBe('');
    expect(write('', { urgency: ['low'], range: '7d' })).toBe('range=7d&urgency=low');
    expect(write('urgency=low', { urgency: undefined })).toBe('');
  });

  it('resets the list position but keeps other view parameters', () => {
    expect(write('sort=-urgency&cursor=abc&lat=1', { status: ['new'] })).toBe(
      'status=new&sort=-urgency&lat=1',
    );
  });

  it('switches to custom when days are chosen and drops days for a preset', () => {
    expect(write('range=30d', { from: '2026-01-01' })).toBe('range=custom&from=2026-01-01');
    expect(write('range=custom&from=2026-01-01', { range: '7d' })).toBe('range=7d');
  });

  it('round-trips: what it writes parses back to the same state', () => {
    const state = applyFilterPatch(parse('').state, {
      range: 'custom',
      from: '2026-01-01',
      to: '2026-02-01',
      platform: ['dating_app', 'social_media'],
      country: ['GB'],
      q: 'a b',
      bbox: [-10, 40, 5, 60],
      hasCoordinates: false,
    });
    const written = writeFilterState(new URLSearchParams(), state, { resetPosition: true });
    expect(parse(written.toString()).state).toEqual(state);
    expect(toApiFilters(state, TODAY)).toMatchObject({
      from: '2026-01-01',
      to: '2026-02-01',
      q: 'a b',
    });
  });
});

describe('helpers', () => {
  it('counts active filters', () => {
    expect(countActiveFilters(parse('').state)).toBe(0);
    expect(countActiveFilters(parse('range=7d&urgency=high,low&q=x').state)).toBe(4);
  });

  it('keeps only filters in links to other views', () => {
    expect(filterSearch('?urgency=high&lat=1&cursor=x&range=7d')).toBe('?urgency=high&range=7d');
    expect(filterSearch('?sort=x')).toBe('');
  });
});
