import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { useSimulatedTenant } from '../../../testing/test-server.ts';
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
});
