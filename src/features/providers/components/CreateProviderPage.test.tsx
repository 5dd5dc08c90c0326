import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { forbidden } from '../../../../simulator/errors.ts';
import { signedOutResponse } from '../../../testing/console-server.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { testServer, useSimulatedTenant } from '../../../testing/test-server.ts';
import { CreateProviderPage } from './CreateProviderPage.tsx';

// Mantine's autosize Textarea listens to document.fonts, which jsdom lacks.
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: { addEventListener: () => undefined, removeEventListener: () => undefined },
});

const ARN = 'arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef';

async function fault(simulator: ReturnType<typeof useSimulatedTenant>, body: unknown) {
  await simulator.handle(
    new Request('http://sim.test/__sim/faults', {
      method: 'POST',
      headers: { Authorization: 'Bearer test' },
      body: JSON.stringify(body),
    }),
  );
}

const create = '*/api/v1/encryption/keyproviders';

function expectValuesKept() {
  expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Finance');
  expect(screen.getByRole('textbox', { name: /KMS key ARN/ })).toHaveValue(ARN);
  expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('keep me');
}

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Finance');
  await user.type(screen.getByRole('textbox', { name: /KMS key ARN/ }), ARN);
  await user.type(screen.getByRole('textbox', { name: 'Description' }), 'keep me');
  await user.click(screen.getByRole('button', { name: 'Register key' }));
}

describe('CreateProviderPage', () => {
  it('puts a server error about a field onto that field and keeps every value', async () => {
    const simulator = useSimulatedTenant('default');
    const errors = [
      { code: 'X', title: 'Bad', detail: 'Name taken by policy', meta: { field: 'name' } },
    ];
    await fault(simulator, {
      method: 'POST',
      path: '/\\/keyproviders$/',
      status: 400,
      body: { errors },
    });
    renderWithProviders(<CreateProviderPage />, { route: '/providers/new' });
    await fillAndSubmit();
    expect(await screen.findByText('Name taken by policy')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Finance');
    expect(screen.getByRole('textbox', { name: /KMS key ARN/ })).toHaveValue(ARN);
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('keep me');
  });

  it('refuses a malformed ARN before sending anything', async () => {
    useSimulatedTenant('default');
    renderWithProviders(<CreateProviderPage />, { route: '/providers/new' });
    const user = userEvent.setup();
    await user.type(
      screen.getByRole('textbox', { name: /KMS key ARN/ }),
      'arn:aws:kms:us-east-1:123:key/x',
    );
    expect(await screen.findByText('The AWS account ID must be 12 digits.')).toBeInTheDocument();
  });

  it('keeps what was typed when the session has ended and offers to sign in again in a new tab', async () => {
    useSimulatedTenant('default');
    testServer.use(http.post(create, () => signedOutResponse()));
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderWithProviders(<CreateProviderPage />, { route: '/providers/new' });
    await fillAndSubmit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has ended, sign in again');
    expect(alert).toHaveTextContent('What you typed is still here; it was not sent.');
    expectValuesKept();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Sign in again' }));
    expect(open).toHaveBeenCalledWith('/auth/login?returnTo=%2Fauth%2Fdone', '_blank', 'noopener');
    expectValuesKept();
  });

  it('tells a signed-in person without the tenant admin role what to do', async () => {
    useSimulatedTenant('default');
    testServer.use(
      http.post(create, () =>
        forbidden('Bob Builder is not a tenant admin; the encryption API needs that role'),
      ),
    );
    renderWithProviders(<CreateProviderPage />, { route: '/providers/new' });
    await fillAndSubmit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account is not a tenant admin of this tenant');
    expect(alert).toHaveTextContent(
      'Ask a tenant admin to give you the role, or sign in with another account.',
    );
    expect(alert).not.toHaveTextContent('key policy');
    expectValuesKept();
  });
});
