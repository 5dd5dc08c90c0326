import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../api/queries.ts';
import { signedOutResponse, useSignInMode } from '../testing/console-server.ts';
import { createTestQueryClient } from '../testing/render.tsx';
import { testServer, useSimulatedTenant } from '../testing/test-server.ts';
import { App } from './App.tsx';

// Mantine's autosize Textarea listens to document.fonts, which jsdom lacks.
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: { addEventListener: () => undefined, removeEventListener: () => undefined },
});

const ADA = { id: 'u-ada', name: 'Ada Lovelace' };
const ARN = 'arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef';

function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const queryClient = createTestQueryClient();
  render(<App queryClient={queryClient} />);
  return queryClient;
}

const header = () => screen.getByRole('banner');

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('the console in sign-in mode', () => {
  it('names the person; signing out shows the sign-in page and forgets what was loaded', async () => {
    useSimulatedTenant('default');
    const auth = useSignInMode(ADA);
    const queryClient = renderApp('/');
    await screen.findByRole('table', { name: 'Key providers registered on the tenant' });
    expect(await within(header()).findByText('Ada Lovelace')).toBeInTheDocument();

    await userEvent.setup().click(within(header()).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('button', { name: 'Sign in with Qlik Cloud' })).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();
    expect(auth.logouts).toBe(1);
    expect(queryClient.getQueryData(queryKeys.providerList())).toBeUndefined();
    const kept = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey[0]);
    expect(kept.sort()).toEqual(['console-info', 'session']);
  });

  it('keeps the form when the session ends, and sends it once the person has signed in again', async () => {
    useSimulatedTenant('default');
    const auth = useSignInMode(ADA);
    let ended = false;
    testServer.use(http.all('*/api/*', () => (ended ? signedOutResponse() : undefined)));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderApp('/providers/new');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Finance');
    await user.type(screen.getByRole('textbox', { name: /KMS key ARN/ }), ARN);

    ended = true;
    auth.user = null;
    await user.click(screen.getByRole('button', { name: 'Register key' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('What you typed is still here; it was not sent.');
    expect(within(header()).getByText('Session ended')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Sign in with Qlik Cloud' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Finance');
    expect(screen.getByRole('textbox', { name: /KMS key ARN/ })).toHaveValue(ARN);

    // Back to this tab before signing in: still ended, still the form.
    const checks = auth.sessionChecks;
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    await vi.waitFor(() => {
      expect(auth.sessionChecks).toBe(checks + 1);
    });
    expect(await within(header()).findByText('Session ended')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Finance');

    await user.click(within(header()).getByRole('button', { name: 'Sign in again' }));
    expect(open).toHaveBeenCalledWith('/auth/login?returnTo=%2Fauth%2Fdone', '_blank', 'noopener');
    // Signed in again in the other tab; coming back to this one:
    ended = false;
    auth.user = ADA;
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await within(header()).findByRole('button', { name: 'Sign out' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Register key' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Finance' })).toBeVisible();
  });
});
