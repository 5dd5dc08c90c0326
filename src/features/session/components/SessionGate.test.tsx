import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInNavigation } from '../../../lib/sign-in.ts';
import { useSignInMode } from '../../../testing/console-server.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { testServer, useSimulatedTenant } from '../../../testing/test-server.ts';
import { SessionGate } from './SessionGate.tsx';

const gated = (
  <SessionGate>
    <p>The console</p>
  </SessionGate>
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('SessionGate', () => {
  it('shows the console without asking for a session when the console uses its API key', async () => {
    useSimulatedTenant('default');
    let sessionChecks = 0;
    testServer.use(
      http.get('*/auth/session', () => {
        sessionChecks += 1;
        return HttpResponse.json({ user: { id: 'x', name: 'X' } });
      }),
    );
    renderWithProviders(gated);
    expect(await screen.findByText('The console')).toBeInTheDocument();
    expect(sessionChecks).toBe(0);
  });

  it('shows the sign-in page instead of the console when nobody is signed in', async () => {
    useSimulatedTenant('default');
    useSignInMode(null);
    const signIn = vi.spyOn(signInNavigation, 'here').mockImplementation(() => undefined);
    renderWithProviders(gated, { route: '/providers/new?from=list' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Encryption keys' });
    // The page moves focus to its heading in an effect after it mounts.
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByText('acme.eu.qlikcloud.com')).toBeInTheDocument();
    expect(screen.queryByText('The console')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in with Qlik Cloud' }));
    expect(signIn).toHaveBeenCalledWith('/providers/new?from=list');
  });

  it('says why the last sign-in failed, and comes back without the failure', async () => {
    useSimulatedTenant('default');
    useSignInMode(null);
    const signIn = vi.spyOn(signInNavigation, 'here').mockImplementation(() => undefined);
    renderWithProviders(gated, { route: '/providers?signin_error=expired' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in did not completeThe sign-in took too long, so it was cancelled. Sign in again.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in with Qlik Cloud' }));
    expect(signIn).toHaveBeenCalledWith('/providers');
  });

  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['Your account is locked: call +1 555 0100', 'call +1 555'],
    ['constructor', 'function'],
    ['__proto__', 'object'],
  ])('shows its own words, never the address’s, for signin_error=%j', async (code, forged) => {
    useSimulatedTenant('default');
    useSignInMode(null);
    renderWithProviders(gated, { route: `/?signin_error=${encodeURIComponent(code)}` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sign-in did not complete. Sign in again.');
    expect(alert.textContent).not.toContain(code);
    expect(alert.textContent).not.toContain(forged);
  });

  it('shows the console to someone signed in', async () => {
    useSimulatedTenant('default');
    useSignInMode({ id: 'u-ada', name: 'Ada Lovelace' });
    renderWithProviders(gated);
    expect(await screen.findByText('The console')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Sign in with Qlik Cloud' }),
    ).not.toBeInTheDocument();
  });

  it('offers to try again when the session cannot be checked', async () => {
    useSimulatedTenant('default');
    const auth = useSignInMode({ id: 'u-ada', name: 'Ada Lovelace' });
    testServer.use(
      http.get('*/auth/session', () => new HttpResponse('down', { status: 503 }), { once: true }),
    );
    renderWithProviders(gated);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HTTP 503');
    expect(screen.queryByText('The console')).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The console')).toBeInTheDocument();
    expect(auth.sessionChecks).toBe(1);
  });
});
