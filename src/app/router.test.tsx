import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from './AppProviders.tsx';
import { createQueryClient } from './query-client.ts';
import { ViewBoundary } from './router.tsx';

function Crashing(): never {
  throw new Error('Cannot read properties of undefined');
}

// A view whose code cannot be fetched (a deploy replaced its chunk, or the network dropped).
const Unloadable = lazy(() =>
  Promise.reject(new Error('Failed to fetch dynamically imported module')),
);

function renderAt(path: string) {
  render(
    <AppProviders queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Link to="/fine">Elsewhere</Link>
        <Routes>
          <Route element={<ViewBoundary />}>
            <Route path="crash" element={<Crashing />} />
            <Route path="unloadable" element={<Unloadable />} />
            <Route path="fine" element={<h1>A working view</h1>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a view that fails', () => {
  it('says so inside the layout with a reload, and going elsewhere shows the next view', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/crash');
    expect(screen.getByRole('heading', { level: 1, name: 'This view failed' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot read properties of undefined');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();

    await userEvent.setup().click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByRole('heading', { name: 'A working view' })).toBeVisible();
    expect(screen.queryByText('This view failed')).not.toBeInTheDocument();
  });

  it('whose code cannot be loaded is reported the same way', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/unloadable');
    expect(await screen.findByRole('heading', { name: 'This view failed' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Failed to fetch dynamically imported module',
    );
  });
});
