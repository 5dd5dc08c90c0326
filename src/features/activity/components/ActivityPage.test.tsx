import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActivityEntry } from '../../../api/activity.ts';
import { listKeyProviders } from '../../../api/key-providers.ts';
import { activityEntries } from '../../../testing/activity-entries.ts';
import { signedOutResponse, useActivityLog } from '../../../testing/console-server.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { testServer, useSimulatedTenant } from '../../../testing/test-server.ts';
import { ActivityPage } from './ActivityPage.tsx';

function AddressShown() {
  const { search } = useLocation();
  return <output aria-label="Address query">{search}</output>;
}

function renderPage(route = '/activity') {
  return renderWithProviders(
    <>
      <ActivityPage />
      <AddressShown />
    </>,
    { route },
  );
}

const table = () =>
  screen.findByRole('table', { name: 'Changes made through the console, newest first' });
const bodyRows = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ActivityPage', () => {
  it('lists the changes newest first: when, who, what in words, which key, outcome', async () => {
    useSimulatedTenant('default');
    const existing = (await listKeyProviders()).find((provider) => !provider.isQlikDefault);
    if (!existing) throw new Error('the default scenario has a key of its own');
    const edited: ActivityEntry = {
      at: '2026-11-29T11:00:00.000Z',
      actor: { id: 'u-ada', name: 'Ada Lovelace' },
      operation: 'patchKeyProvider',
      provider: { name: existing.name, fingerprint: existing.fingerprint },
      outcome: { status: 200, error: null },
    };
    useActivityLog([...activityEntries, edited]);
    renderPage();
    const rows = await bodyRows();
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Edited',
      'Deleted',
      'Validated',
      'Returned to the Qlik default',
      'Registered a key',
    ]);
    const [newest, deleted] = rows;
    if (!newest || !deleted) throw new Error('five rows');
    expect(within(newest).getByRole('link', { name: existing.name })).toHaveAttribute(
      'href',
      `/providers/${existing.fingerprint}`,
    );
    expect(deleted).toHaveTextContent('Bob Builder');
    expect(deleted).toHaveTextContent('f1a2b3c4d5…');
    expect(deleted).toHaveTextContent('The key is in use');
    expect(within(deleted).queryByRole('link')).not.toBeInTheDocument();
    expect(rows[4]).toHaveTextContent('Succeeded');
  });

  it('filters by person and by change, and keeps the filters in the address', async () => {
    useSimulatedTenant('default');
    useActivityLog(activityEntries);
    renderPage('/activity?person=u-ada');
    expect(await bodyRows()).toHaveLength(2);
    expect(screen.getByText('2 of 4 changes match')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Change' }),
      'Returned to the Qlik default',
    );
    const rows = await bodyRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Ada Lovelace');
    expect(screen.getByRole('status', { name: 'Address query' })).toHaveTextContent(
      '?person=u-ada&operation=resetToDefaultProvider',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Bob Builder');
    expect(await screen.findByText('No change matches these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await bodyRows()).toHaveLength(4);
  });

  it('downloads the changes shown as CSV, named after the day', async () => {
    useSimulatedTenant('default');
    useActivityLog(activityEntries);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:activity';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderPage('/activity?person=u-bob');
    await bodyRows();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(names).toEqual([`activity-${new Date().toISOString().slice(0, 10)}.csv`]);
    expect(await blobs[0]?.text()).toBe(
      'at,person,personId,operation,provider,fingerprint,status,error\r\n' +
        '2026-11-29T10:30:00.000Z,Bob Builder,u-bob,deleteKeyProvider,Finance,f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6,424,The key is in use\r\n',
    );
  });

  it('loads older entries a page at a time, and says what filters and the download cover', async () => {
    useSimulatedTenant('default');
    const many = Array.from({ length: 130 }, (_, n): ActivityEntry => ({
      at: new Date(Date.UTC(2026, 10, 1, 0, 130 - n)).toISOString(),
      actor: { id: null, name: 'Shared API key' },
      operation: 'resetToDefaultProvider',
      provider: { name: null, fingerprint: null },
      outcome: { status: 205, error: null },
    }));
    useActivityLog(many);
    renderPage();
    expect(await bodyRows()).toHaveLength(100);
    expect(
      screen.getByText(
        '100 changes; older ones are not loaded yet. Filters and the download cover the loaded changes.',
      ),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load older entries' }));
    expect(await screen.findByText('130 changes')).toBeInTheDocument();
    expect(await bodyRows()).toHaveLength(130);
    expect(screen.queryByRole('button', { name: 'Load older entries' })).not.toBeInTheDocument();
  });

  it('says when older entries could not be loaded, and loads them on a second try', async () => {
    useSimulatedTenant('default');
    const many = Array.from({ length: 101 }, (_, n): ActivityEntry => ({
      at: new Date(Date.UTC(2026, 10, 1, 0, 101 - n)).toISOString(),
      actor: { id: null, name: 'Shared API key' },
      operation: 'resetToDefaultProvider',
      provider: { name: null, fingerprint: null },
      outcome: { status: 205, error: null },
    }));
    useActivityLog(many);
    renderPage();
    expect(await bodyRows()).toHaveLength(100);
    testServer.use(http.get('*/__console/activity', () => signedOutResponse(), { once: true }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Load older entries' }));
    expect(
      await screen.findByText(/The older entries were not loaded; try again\./),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load older entries' }));
    expect(await screen.findByText('101 changes')).toBeInTheDocument();
  });

  it('says when nothing has been recorded yet', async () => {
    useSimulatedTenant('default');
    useActivityLog([]);
    renderPage();
    expect(
      await screen.findByRole('heading', { name: 'No changes recorded yet' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
  });

  it('offers to sign in again when the session has ended', async () => {
    useSimulatedTenant('default');
    testServer.use(http.get('*/__console/activity', () => signedOutResponse()));
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has ended, sign in again');
    expect(within(alert).getByRole('button', { name: 'Sign in again' })).toBeVisible();
  });
});
