import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { OidcSessionProvider } from '../../src/auth/auth-context.tsx';
import type { OidcSession, OidcSessionStatus } from '../../src/auth/oidc-session-types.ts';
import { SessionControls } from '../../src/auth/session-controls.tsx';
import { SignedOutPage } from '../../src/auth/signed-out-page.tsx';

function fakeSession(status: OidcSessionStatus = 'active') {
  let current = status;
  const listeners = new Set<() => void>();
  const session = {
    getToken: vi.fn(() => Promise.resolve('t')),
    getStatus: () => current,
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    signIn: vi.fn(() => Promise.resolve()),
    signOut: vi.fn(() => new Promise<void>(() => undefined)), // the browser leaves
  } satisfies OidcSession;
  const expire = () => {
    current = 'expired';
    listeners.forEach((l) => l());
  };
  return { session, expire };
}

function renderControls(session: OidcSession | null, queryClient = new QueryClient()) {
  return render(
    <QueryClientProvider client={queryClient}>
      <OidcSessionProvider session={session}>
        <SessionControls />
      </OidcSessionProvider>
    </QueryClientProvider>,
  );
}

describe('SessionControls', () => {
  it('is absent with demo personas (no OIDC session)', () => {
    renderControls(null);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('signs out after dropping every cached response', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['session', 'me'], { displayName: 'Alex Analyst' });
    queryClient.setQueryData(['reports', 'list'], { items: [{ id: 'R-1' }] });
    const { session } = fakeSession();
    renderControls(session, queryClient);
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(session.signOut).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Signing out…' })).toBeDisabled();
  });

  it('offers to sign in again once the session could not be renewed', async () => {
    const { session, expire } = fakeSession();
    renderControls(session);
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expire();
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again' }));
    expect(session.signIn).toHaveBeenCalledTimes(1);
  });
});

describe('SignedOutPage', () => {
  it('says the user has signed out and signs in only when asked', async () => {
    const signIn = vi.fn(() => Promise.resolve());
    render(<SignedOutPage signIn={signIn} />);
    expect(screen.getByRole('heading', { name: 'You have signed out' })).toBeInTheDocument();
    expect(signIn).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(signIn).toHaveBeenCalledTimes(1);
  });

  it('shows why sign-in failed as text, never as markup', () => {
    const reason = '<img src=x onerror="alert(1)"> access_denied';
    const { container } = render(<SignedOutPage signIn={() => Promise.resolve()} failure={reason} />);
    expect(screen.getByRole('heading', { name: 'Sign-in did not complete' })).toBeInTheDocument();
    expect(screen.getByText(`The sign-in service could not be reached or refused: ${reason}`)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
