import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Reveal } from '../../../src/api/contract/report-schemas.ts';
import {
  CaseDetail,
  type CaseDetailProps,
} from '../../../src/features/cases/components/case-detail.tsx';
import { makeReport } from './fixtures.ts';

// Leaflet needs a real browser (SVG/canvas); the lazy chunk is stood in for here.
vi.mock('../../../src/features/cases/components/case-location-map.tsx', () => ({
  CaseLocationMap: ({ place }: { place: string }) => (
    <div role="img" aria-label={`Map showing ${place}`} />
  ),
}));

const reveal: Reveal = {
  id: 'R-000042',
  narrative: 'He messaged her every night. Contact him at sam@example.com or +44 7700 900123.',
  revealedAt: '2026-03-14T12:00:00Z',
  auditId: 'AUD-7781',
};

function renderDetail(props: Partial<CaseDetailProps> = {}) {
  const onReveal = vi.fn(async () => reveal);
  const utils = render(
    <CaseDetail
      report={makeReport()}
      onReveal={onReveal}
      caseUrl="https://dashboard.example/cases/R-000042"
      {...props}
    />,
  );
  return { ...utils, onReveal, user: userEvent.setup() };
}

const field = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('CaseDetail', () => {
  it('labels every field in plain words', async () => {
    renderDetail();
    expect(screen.getByRole('heading', { level: 2, name: 'Case R-000042' })).toBeInTheDocument();
    expect(field('Received')).toHaveTextContent('14 Mar 2026, 09:05 UTC');
    expect(field('Urgency')).toHaveTextContent('High');
    expect(field('Status')).toHaveTextContent('New');
    expect(field('Came in through')).toHaveTextContent('Web form');
    expect(field('When it happened')).toHaveTextContent('March 2026');
    expect(field('Contact')).toHaveTextContent('Online');
    expect(field('Platforms')).toHaveTextContent('Social media, Online gaming');
    expect(field('Grooming stage')).toHaveTextContent('Relationship building and trust');
    expect(field('Warning signs')).toHaveTextContent('Secrecy requested, Gifts or money');
    expect(field('Exploitation types')).toHaveTextContent('Sexual exploitation');
    expect(
      within(field('Potential victims'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2 × Female, 9–17', 'Male, 18–20']);
    expect(field('Reported by')).toHaveTextContent('Friend or family (anonymous)');
    expect(field('Tags')).toHaveTextContent('follow-up');
    expect(field('Attachments')).toHaveTextContent('2 (not shown in the dashboard)');
    expect(field('Location')).toHaveTextContent('Manchester, United Kingdom');
    expect(field('Location')).toHaveTextContent('53.4808° N, 2.2426° W');
    expect(
      await screen.findByRole('img', { name: 'Map showing Manchester, United Kingdom' }),
    ).toBeInTheDocument();
  });

  it('says "No coordinates" and shows no map when there are none', () => {
    renderDetail({ report: makeReport({ location: { country: 'KE', precision: 'country' } }) });
    expect(field('Location')).toHaveTextContent('Kenya');
    expect(field('Location')).toHaveTextContent('No coordinates');
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows a hostile narrative as the characters it is', () => {
    const hostile =
      '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> <a href="javascript:alert(1)">here</a>';
    renderDetail({ report: makeReport({ narrative: `${hostile}\nsecond line` }) });
    const narrative = screen.getByRole('region', { name: 'Narrative text' });
    expect(narrative.textContent).toBe(`${hostile}\nsecond line`);
    expect(narrative).toHaveAttribute('dir', 'auto');
    expect(document.querySelector('img, script, a')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('masks by default, reveals on request with an audit note, and only for that case', async () => {
    const { onReveal, user, rerender } = renderDetail();
    expect(
      screen.getByText('Personal data is masked. Revealing it is recorded for audit.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Narrative text' })).toHaveTextContent(
      '[email] or [phone]',
    );

    await user.click(screen.getByRole('button', { name: 'Reveal personal data' }));
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('Revealed — this was recorded (audit id AUD-7781).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Narrative text' })).toHaveTextContent(
      'sam@example.com',
    );
    expect(screen.queryByRole('button', { name: 'Reveal personal data' })).toBeNull();

    // Next case: masked again; the reveal of the other case never shows here.
    rerender(
      <CaseDetail
        report={makeReport({ id: 'R-000043' })}
        onReveal={onReveal}
        caseUrl="https://x/cases/R-000043"
        revealed={reveal}
      />,
    );
    expect(screen.getByRole('region', { name: 'Narrative text' })).not.toHaveTextContent(
      'sam@example.com',
    );
    expect(screen.getByRole('button', { name: 'Reveal personal data' })).toBeInTheDocument();
  });

  it('says so when revealing fails, and lets the analyst try again', async () => {
    const onReveal = vi
      .fn()
      .mockRejectedValueOnce(new Error('The intake API is unavailable.'))
      .mockResolvedValueOnce(reveal);
    const { user } = renderDetail({ onReveal });
    await user.click(screen.getByRole('button', { name: 'Reveal personal data' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not reveal personal data. The intake API is unavailable.',
    );
    await user.click(screen.getByRole('button', { name: 'Reveal personal data' }));
    expect(await screen.findByText(/audit id AUD-7781/)).toBeInTheDocument();
  });

  it('has nothing to reveal when nothing was masked', () => {
    renderDetail({
      report: makeReport({ narrativeMasked: false, narrative: 'Nothing personal.' }),
    });
    expect(screen.getByText('No personal data was found to mask.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal personal data' })).toBeNull();
  });

  it('copies a link to the case, and confirms it visibly', async () => {
    const { user } = renderDetail();
    // user-event installs a clipboard stub on navigator: read back what was written.
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      'https://dashboard.example/cases/R-000042',
    );
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const onCopyLink = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { user } = renderDetail({ onCopyLink });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: /Could not copy/ })).toHaveValue(
      'https://dashboard.example/cases/R-000042',
    );
  });

  it('moves to the previous and next case when there is one', async () => {
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    const { user } = renderDetail({
      onNext,
      onPrevious,
      hasNext: true,
      hasPrevious: false,
      position: { index: 0, total: 12_345 },
    });
    expect(screen.getByRole('navigation', { name: 'Cases in this list' })).toHaveTextContent(
      '1 of 12,345',
    );
    expect(screen.getByRole('button', { name: 'Previous case' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(onPrevious).not.toHaveBeenCalled();
  });

  it('takes focus to its heading when opened from the table', () => {
    renderDetail({ focusOnOpen: true });
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });
});
