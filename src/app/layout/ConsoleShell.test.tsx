import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestQueryClient } from '../../testing/render.tsx';
import { testServer } from '../../testing/test-server.ts';
import { App } from '../App.tsx';

const replaceDocument = vi.hoisted(() => vi.fn());
vi.mock('../../config/tenant-scope.ts', async (original) => ({
  ...(await original<typeof import('../../config/tenant-scope.ts')>()),
  replaceDocument,
}));

const member = (id: string, name: string) => ({ id, name, url: null });

function fleetOf(tenants: ReturnType<typeof member>[]) {
  testServer.use(
    http.get('*/__console/info', () =>
      HttpResponse.json({ mode: 'fleet', auth: 'none', tenantUrl: null, readOnly: false, tenants }),
    ),
    // The overview's looks at the tenants: not what these tests are about.
    http.get('*/t/*', () =>
      HttpResponse.json({ errors: [{ title: 'unreachable' }] }, { status: 502 }),
    ),
  );
  render(<App queryClient={createTestQueryClient()} />);
}

afterEach(() => {
  replaceDocument.mockClear();
});

describe('the root of a console serving a fleet', () => {
  it('opens the only tenant’s console when there is one', async () => {
    fleetOf([member('acme', 'Acme Corp')]);
    await vi.waitFor(() => {
      expect(replaceDocument).toHaveBeenCalledWith('/t/acme/');
    });
  });

  it('shows the overview when there are several', async () => {
    fleetOf([member('acme', 'Acme Corp'), member('globex', 'Globex')]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tenants' })).toBeInTheDocument();
    expect(replaceDocument).not.toHaveBeenCalled();
  });
});
