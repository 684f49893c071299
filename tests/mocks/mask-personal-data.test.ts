import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../mocks/db/mask-personal-data.ts';
import { smallWorld, analyst } from './support/small-db.ts';
import { truncateText } from '../../mocks/db/materialise-report.ts';

const mask = (s: string) => maskPersonalData(s).text;

describe('maskPersonalData', () => {
  it.each([
    ['He told her to text him on +44 7700 900123.', 'He told her to text him on [phone].'],
    ['Call 07700 900456 tonight', 'Call [phone] tonight'],
    ['US: +1 (555) 010-4477, ok', 'US: [phone], ok'],
    ['London +44 20 7946 0123', 'London [phone]'],
    ['Write to anna.k12@example.org.', 'Write to [email].'],
    ['mail MAX+tag@mail.example.net now', 'mail [email] now'],
    ['The account is @dark_angel_07.', 'The account is [handle].'],
    ['@sunny_12 keeps messaging', '[handle] keeps messaging'],
    ['link: https://chat.example.com/room/123.', 'link: [link].'],
    ['(see www.example.net/jobs?ref=1)', '(see [link])'],
    ['https://x.example.com/@user is his page', '[link] is his page'],
    ['=HYPERLINK("http://evil.example","click")', '=HYPERLINK("[link]","click")'],
  ])('masks %j', (input, expected) => {
    expect(maskPersonalData(input)).toEqual({ text: expected, masked: true });
  });

  it.each([
    'On 2024-01-05 at 10:30 she was 14.',
    'She is 15 and he is 32; 3 times a week.',
    'Reference 12345678',
    'see @ the park',
    'email me at x@y',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    'Click <a href="javascript:alert(1)">here</a>',
    'قال لها: تواصلي معي على الخاص',
    'photo\u202Egpj.exe 😢🙏',
    '',
  ])('leaves %j alone (and says so)', (input) => {
    expect(maskPersonalData(input)).toEqual({ text: input, masked: false });
  });

  it('masks several kinds in one text, and keeps hostile text as characters', () => {
    const input =
      '<b>x</b> call +44 7700 900999 or bob1@example.com, @kind_guy_9 https://a.example.com/x <script>alert(1)</script>';
    expect(mask(input)).toBe(
      '<b>x</b> call [phone] or [email], [handle] [link] <script>alert(1)</script>',
    );
  });

  it('does not take an email for a handle', () => {
    expect(mask('x lucy.r7@example.org y')).toBe('x [email] y');
  });
});

describe('narratives as the store serves them', () => {
  const w = smallWorld();

  it('getReport masks; the reveal returns the raw text; narrativeMasked says which', () => {
    let maskedSeen = 0;
    for (const r of w.reports) {
      const raw = w.db.revealNarrative(analyst, r.id);
      expect(raw).not.toBeNull();
      expect(r.narrative).toBe(mask(raw ?? ''));
      expect(r.narrativeMasked).toBe(r.narrative !== raw);
      if (r.narrativeMasked) maskedSeen++;
    }
    expect(maskedSeen).toBeGreaterThan(w.reports.length * 0.1);
  });

  it('the list preview is the first 160 characters of the masked narrative', () => {
    const ids = w.reports.slice(0, 600).map((r) => r.id);
    const page = w.db.listReports(
      analyst,
      { to: w.reports[599]?.receivedAt.slice(0, 10) ?? '' },
      { field: 'receivedAt', direction: 'asc' },
      200,
      null,
    );
    for (const item of page.items) {
      const full = w.byId.get(item.id);
      expect(ids).toContain(item.id);
      expect(item.narrativePreview).toBe(truncateText(full?.narrative ?? '', 160));
    }
  });

  it('hostile text survives as characters', () => {
    const all = w.reports.map((r) => w.db.revealNarrative(analyst, r.id) ?? '').join('\n');
    for (const needle of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '\u202E',
    ]) {
      expect(all).toContain(needle);
    }
    expect(w.reports.some((r) => /^[=+\-@]/.test(r.narrative))).toBe(true);
    expect(w.reports.some((r) => /[\u0590-\u06ff]/.test(r.narrative))).toBe(true);
    expect(w.reports.some((r) => r.narrative.length > 3000)).toBe(true);
  });

  it('truncation never splits a surrogate pair', () => {
    expect(truncateText('ab😢', 3)).toBe('ab');
    expect(truncateText('abc😢', 3)).toBe('abc');
    expect(truncateText('short', 160)).toBe('short');
  });
});
