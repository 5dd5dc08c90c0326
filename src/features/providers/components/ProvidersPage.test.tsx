import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { useSimulatedTenant } from '../../../testing/test-server.ts';
import { ProvidersPage } from './ProvidersPage.tsx';

describe('ProvidersPage', () => {
  it('lists the simulated tenant’s providers with the current one marked', async () => {
    useSimulatedTenant('default');
    renderWithProviders(<ProvidersPage />);
    const table = await screen.findByRole('table', {
      name: 'Key providers registered on the tenant',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const current = within(table).getByRole('row', { name: /CMK - 02/ });
    expect(within(current).getByText('Current')).toBeInTheDocument();
    const qlik = within(table).getByRole('row', { name: /Qlik Internal Kms/ });
    expect(qlik).toHaveTextContent('Qlik managed');
    expect(qlik).not.toHaveTextContent('0001');
  });

  it('explains a registry failure instead of showing an empty table', async () => {
    const simulator = useSimulatedTenant('default');
    await simulator.handle(
      new Request('http://sim.test/__sim/faults', {
        method: 'POST',
        headers: { Authorization: 'Bearer test' },
        body: JSON.stringify({ path: '/actions/list', status: 417 }),
      }),
    );
    renderWithProviders(<ProvidersPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The tenant could not load its key providers',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
