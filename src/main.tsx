import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ConsoleRoot } from './app/ConsoleRoot.tsx';
import { isPrerenderedPath } from './app/first-page.ts';

/** The demo build hosts the simulated tenant in the page; other builds never load its code. */
async function startDemoIfDemoBuild(): Promise<ReactNode> {
  if (import.meta.env.MODE !== 'demo') return null;
  const { startDemo } = await import('./demo/start-demo.tsx');
  return startDemo();
}

async function start() {
  const header = await startDemoIfDemoBuild();
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const tree = <ConsoleRoot header={header} />;
  // The build prerendered the shell of the console's root (app/prerender.tsx): hydrate it there.
  // Elsewhere the same HTML showed first and React draws the address's own page over it.
  // A transition: React renders in 5 ms slices instead of one long task, so the page answers
  // input while the console starts (what Lighthouse counts as blocking time).
  startTransition(() => {
    if (root.hasChildNodes() && isPrerenderedPath(window.location.pathname)) {
      hydrateRoot(root, tree);
    } else {
      createRoot(root).render(tree);
    }
  });
}

void start();
