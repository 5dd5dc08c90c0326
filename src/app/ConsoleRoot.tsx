import { StrictMode, type ReactNode } from 'react';
import { HeaderSlot } from '../lib/header-slot.ts';
import { App } from './App.tsx';

/**
 * The whole tree, the same in the browser (main.tsx) and in the build's prerender (prerender.tsx,
 * with `location`): what hydration needs to match.
 */
export function ConsoleRoot({ header, location }: { header: ReactNode; location?: string }) {
  return (
    <StrictMode>
      <HeaderSlot value={header}>
        <App location={location} />
      </HeaderSlot>
    </StrictMode>
  );
}
