import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';

async function start() {
  // The demo build has no server: the simulated tenant runs in the browser through MSW.
  if (import.meta.env.MODE === 'demo') {
    const { startDemoTenant } = await import('./demo/start-demo-tenant.ts');
    await startDemoTenant();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
