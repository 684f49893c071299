import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { HeadlineFigure } from '../../../src/features/trends/components/headline-figure.tsx';

describe('HeadlineFigure', () => {
  it('says the figure and its change in words; the sparkline is decoration', () => {
    const { container } = render(
      <HeadlineFigure
        label="Reports"
        value="1,120"
        change={{ kind: 'percent', ratio: 0.12 }}
        periodDays={30}
        sparkline={[3, null, 5]}
      />,
    );
    const figure = screen.getByRole('group', { name: 'Reports' });
    expect(figure).toHaveTextContent('1,120');
    expect(figure).toHaveTextContent('up 12% on the previous 30 days');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('speaks a range in words', () => {
    render(
      <HeadlineFigure
        label="Online"
        value="30–31%"
        spokenValue="between 30% and 31%"
        periodDays={7}
        change={{ kind: 'not-comparable', reason: 'suppressed' }}
      />,
    );
    const figure = screen.getByRole('group', { name: 'Online' });
    expect(figure).toHaveTextContent('between 30% and 31%');
    expect(figure).toHaveTextContent('not comparable: small counts withheld');
  });
});
