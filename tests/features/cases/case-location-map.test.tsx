import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CaseLocationMap } from '../../../src/features/cases/components/case-location-map.tsx';

// jsdom has no layout, so Leaflet draws no paths here: the drawing itself is for the e2e test.
describe('CaseLocationMap', () => {
  it('draws a static map with no tiles and nothing to tab to', () => {
    const { container } = render(
      <CaseLocationMap
        lat={53.4808}
        lon={-2.2426}
        precision="city"
        place="Manchester, United Kingdom"
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Map showing Manchester, United Kingdom' }),
    ).toBeInTheDocument();
    expect(container.querySelector('.leaflet-container')).not.toBeNull();
    expect(container.querySelector('.leaflet-tile, img')).toBeNull();
    expect(container.querySelector('[tabindex="0"], a[href], button')).toBeNull();
  });
});
