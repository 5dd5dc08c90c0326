import { Skeleton } from '@mantine/core';
import { ProvidersPageSkeleton } from '../../features/providers/components/ProvidersPage.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { LayoutFrame } from './AppLayout.tsx';

/**
 * The console before it knows its tenant and mode: the frame and the key providers page's
 * heading, skeletons for what the tenant answers. The build prerenders it into index.html; the
 * browser's first render (SessionGate, while it waits) is the same, so React hydrates it. On the
 * other addresses the head script marks <html> and CSS hides the page part (global.css).
 */
export function ConsoleSkeleton() {
  return (
    <LayoutFrame
      headerEnd={
        <>
          <Skeleton height={26} width={120} radius="xl" aria-hidden />
          <ColorSchemeToggle />
        </>
      }
    >
      <div className="first-page-only">
        <ProvidersPageSkeleton />
      </div>
    </LayoutFrame>
  );
}
