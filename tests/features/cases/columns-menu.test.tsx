import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ColumnsMenu } from '../../../src/features/cases/components/columns-menu.tsx';
import {
  defaultColumnPrefs,
  visibleColumnIds,
  type ColumnPrefs,
} from '../../../src/features/cases/lib/column-prefs.ts';

let latest: ColumnPrefs = defaultColumnPrefs();

function Harness() {
  const [prefs, setPrefs] = useState(defaultColumnPrefs);
  return (
    <ColumnsMenu
      prefs={prefs}
      onChange={(p) => {
        latest = p;
        setPrefs(p);
      }}
    />
  );
}

async function open() {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(screen.getByRole('button', { name: 'Columns' }));
  return { user, list: screen.getByRole('list', { name: 'Columns' }) };
}

describe('ColumnsMenu', () => {
  it('hides and shows columns, never the last one', async () => {
    const { user, list } = await open();
    await user.click(within(list).getByRole('checkbox', { name: 'Tags' }));
    expect(latest.visibility.tags).toBe(false);
    await user.click(within(list).getByRole('checkbox', { name: 'Tags' }));
    expect(latest.visibility.tags).toBe(true);
  });

  it('reorders with move buttons, from the keyboard', async () => {
    const { user, list } = await open();
    within(list).getByRole('button', { name: 'Move Status left' }).focus();
    await user.keyboard('{Enter}');
    expect(visibleColumnIds(latest).slice(0, 3)).toEqual(['receivedAt', 'status', 'urgency']);
    // Focus stays on the button, even at the end of the row where it does nothing.
    await user.keyboard('{Enter}{Enter}');
    expect(visibleColumnIds(latest)[0]).toBe('status');
    expect(screen.getByRole('button', { name: 'Move Status left' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Move Status left' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('sets a width by number, committing in range and clamping on leave', async () => {
    const { user, list } = await open();
    const width = within(list).getByRole('spinbutton', { name: 'Status width in pixels' });
    await user.clear(width);
    await user.type(width, '2');
    expect(latest.widths.status).toBe(130); // "2" is on the way to something: not committed
    await user.type(width, '40');
    expect(latest.widths.status).toBe(240);
    await user.clear(width);
    await user.type(width, '5');
    await user.tab();
    expect(latest.widths.status).toBe(80);
    expect(width).toHaveValue(80);
  });

  it('resets to the defaults and closes on Escape, focus back on its button', async () => {
    const { user, list } = await open();
    await user.click(within(list).getByRole('checkbox', { name: 'Tags' }));
    await user.click(screen.getByRole('button', { name: 'Reset columns' }));
    expect(latest).toEqual(defaultColumnPrefs());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Columns' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveFocus();
  });

  it('closes when focus or a click goes elsewhere', async () => {
    const { user } = await open();
    await user.click(document.body);
    expect(screen.queryByRole('list', { name: 'Columns' })).toBeNull();
  });
});
