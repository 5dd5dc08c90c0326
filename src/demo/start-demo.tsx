import type { ReactNode } from 'react';
import './demo.css';
import { DemoHeader } from './DemoHeader.tsx';
import { startDemoTenant } from './start-demo-tenant.ts';

/** Starts the in-page tenant; returns what the demo adds to the header. */
export function startDemo(): ReactNode {
  return <DemoHeader tenant={startDemoTenant()} />;
}
