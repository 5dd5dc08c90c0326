import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { migrationDetailsQuery } from '../../../api/queries.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { testServer, useSimulatedTenant } from '../../../testing/test-server.ts';
import { MonitorPage } from './MonitorPage.tsx';

describe('MonitorPage', () => {
  it('waits for the provider list before showing the migration, so nothing moves when the names come', async () => {
    useSimulatedTenant('default');
    let releaseList: () => void = () => undefined;
    const listHeld = new Promise<void>((resolve) => {
      releaseList = resolve;
    });
    testServer.use(
      http.get('*/api/v1/encryption/keyproviders/actions/list', async () => {
        await listHeld;
        return undefined; // on to the simulated tenant
      }),
    );
    const { queryClient } = renderWithProviders(<MonitorPage />, { route: '/migration' });
    // The header's poller fetches the details; here the test does.
    await queryClient.query(migrationDetailsQuery());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByLabelText('Loading the migration')).toBeInTheDocument();
    expect(screen.queryByText(/arn:aws:kms/)).not.toBeInTheDocument();
    expect(screen.queryByText('Last migration')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Last updated/)).not.toBeInTheDocument();

    releaseList();
    expect(await screen.findByText('Last migration')).toBeVisible();
    expect(screen.getByLabelText('From Qlik default to CMK - 02')).toBeVisible();
    expect(screen.queryByLabelText('Loading the migration')).not.toBeInTheDocument();
    expect(screen.getByText(/^Last updated/)).toBeVisible();
  });
});
