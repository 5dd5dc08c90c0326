import { startTransition, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startColorScheme } from './components/mantine/color-scheme.ts';
import { HeaderSlot } from './lib/header-slot.ts';

/** The demo build hosts the simulated tenant in the page; other builds never load its code. */
async function startDemoIfDemoBuild(): Promise<ReactNode> {
  if (import.meta.env.MODE !== 'demo') return null;
  const { startDemo } = await import('./demo/start-demo.tsx');
  return startDemo();
}

async function start() {
  startColorScheme();
  const header = await startDemoIfDemoBuild();
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  const reactRoot = createRoot(root);
  // A transition: React renders the first tree in 5 ms slices instead of one long task, so the
  // page answers input while the console starts (what Lighthouse counts as blocking time).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <HeaderSlot value={header}>
          <App />
        </HeaderSlot>
      </StrictMode>,
    );
  });
}

void start();
