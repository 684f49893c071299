import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MultiSelect } from '../../src/components/filter-bar/multi-select.tsx';

const options = [
  { value: 'immediate_danger', label: 'Immediate danger' },
  { value: 'high', label: 'High' },
  { value: 'low', label: 'Low' },
];

function Harness({ searchable = false }: { searchable?: boolean }) {
  const [selected, setSelected] = useState<string[]>(['low']);
  return (
    <>
      <MultiSelect
        label="Urgency"
        options={options}
        selected={selected}
        onChange={setSelected}
        searchable={searchable}
      />
      <output>{selected.join(',')}</output>
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('MultiSelect', () => {
  it('opens a labelled group of checkboxes, keyboard first', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const button = screen.getByRole('button', { name: 'Urgency (1)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Urgency' });
    expect(within(group).getByRole('checkbox', { name: 'Immediate danger' })).toHaveFocus();
    // Space ticks; the selection keeps the options' order.
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('immediate_danger,low');
    expect(screen.getByRole('button', { name: 'Urgency (2)' })).toBeInTheDocument();
  });

  it('closes on Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Urgency (1)' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Urgency (1)' })).toHaveFocus();
  });

  it('closes when the user clicks elsewhere', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Urgency (1)' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('narrows a long list by a search box', async () => {
    const user = userEvent.setup();
    render(<Harness searchable />);
    await user.click(screen.getByRole('button', { name: 'Urgency (1)' }));
    const find = screen.getByRole('searchbox', { name: 'Find urgency' });
    expect(find).toHaveFocus();
    await user.type(find, 'hi');
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual([
      'High',
    ]);
    await user.clear(find);
    await user.type(find, 'zzz');
    expect(screen.getByText('No match for “zzz”.')).toBeInTheDocument();
  });
});
