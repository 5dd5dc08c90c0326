import { act, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSimulatedTenant } from '../testing/test-server.ts';
import { ConsoleRoot } from './ConsoleRoot.tsx';
import { headScript, renderShell } from './prerender.tsx';

// React's development build reports every difference a hydration meets (text, elements and
// attributes) through console.error; the production build in e2e reports only some.
describe('the prerendered shell', () => {
  let root: Root | undefined;
  let container: HTMLElement;
  beforeEach(() => {
    useSimulatedTenant('default');
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container.remove();
    localStorage.clear();
  });

  async function hydrate(header: ReactNode = null) {
    container.innerHTML = renderShell();
    const errors = vi.spyOn(console, 'error');
    const recovered: string[] = [];
    await act(async () => {
      root = hydrateRoot(container, <ConsoleRoot header={header} />, {
        // A hydration that failed and rendered afresh ends here, not in the console.
        onRecoverableError: (error) => recovered.push(String(error)),
      });
      await Promise.resolve();
    });
    const logged = errors.mock.calls.map((call) => call.map(String).join(' '));
    errors.mockRestore();
    return [...recovered, ...logged];
  }

  it('holds the frame, the navigation and the table page’s heading', () => {
    container.innerHTML = renderShell();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Key providers' })).toBeInTheDocument();
    expect(screen.getByLabelText('Loading key providers')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Register a key' })).not.toBeInTheDocument();
  });

  it('hydrates without a difference', async () => {
    expect(await hydrate()).toEqual([]);
    expect(screen.getByRole('heading', { level: 1, name: 'Key providers' })).toBeInTheDocument();
  });

  it('hydrates without a difference when the stored scheme is dark', async () => {
    localStorage.setItem('mantine-color-scheme-value', 'dark');
    expect(await hydrate()).toEqual([]);
  });

  it('hydrates the demo build’s page, whose header items the prerender cannot know', async () => {
    expect(await hydrate(<span>Demo header</span>)).toEqual([]);
    expect(await screen.findByText('Demo header')).toBeInTheDocument();
  });

  it('the head script is Mantine’s colour scheme script and marks other addresses', () => {
    const script = headScript();
    expect(script).toContain('data-mantine-color-scheme');
    expect(script).toContain('"mantine-color-scheme-value"');
    expect(script).toContain('data-first-page');
  });
});
