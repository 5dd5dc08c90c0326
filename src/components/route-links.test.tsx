import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useRouteLinks } from './route-links.ts';

function Rows() {
  const links = useRouteLinks();
  return (
    <div onClick={links.onClick}>
      <a href={links.href('/providers/abc')} data-to="/providers/abc">
        CMK - 01
      </a>
      <a href={links.href('/providers/def')} data-to="/providers/def" target="_blank">
        In a new tab
      </a>
    </div>
  );
}

function Where() {
  return <p>at {useLocation().pathname}</p>;
}

/** Whether the app took the last click, read after React's handlers (jsdom cannot follow links). */
function leftToBrowser(element: Element, init?: MouseEventInit) {
  let prevented = true;
  const record = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', record);
  fireEvent.click(element, init);
  document.removeEventListener('click', record);
  return !prevented;
}

function renderAt(basename?: string) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Rows /> },
      { path: '/providers/:fingerprint', element: <Where /> },
    ],
    { basename, initialEntries: [basename ?? '/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useRouteLinks', () => {
  it('puts the router’s basename in front of the address', () => {
    renderAt('/cmk-demo');
    expect(screen.getByRole('link', { name: 'CMK - 01' })).toHaveAttribute(
      'href',
      '/cmk-demo/providers/abc',
    );
    renderAt();
    expect(screen.getAllByRole('link', { name: 'CMK - 01' })[1]).toHaveAttribute(
      'href',
      '/providers/abc',
    );
  });

  it('follows an ordinary click in the app, as Link does', async () => {
    renderAt('/cmk-demo');
    expect(leftToBrowser(screen.getByRole('link', { name: 'CMK - 01' }))).toBe(false);
    expect(await screen.findByText('at /providers/abc')).toBeInTheDocument();
  });

  it.each([
    ['a modifier key', { ctrlKey: true }],
    ['another button', { button: 1 }],
  ])('leaves a click with %s to the browser', (_, init) => {
    const router = renderAt();
    expect(leftToBrowser(screen.getByRole('link', { name: 'CMK - 01' }), init)).toBe(true);
    expect(router.state.location.pathname).toBe('/');
  });

  it('leaves a link with a target to the browser', () => {
    const router = renderAt();
    expect(leftToBrowser(screen.getByRole('link', { name: 'In a new tab' }))).toBe(true);
    expect(router.state.location.pathname).toBe('/');
  });
});
