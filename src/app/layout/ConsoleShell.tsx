import { Anchor, Center, rem, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { consoleInfoQuery } from '../../api/console-info.ts';
import { fleetHref, replaceDocument, tenantHref, tenantScope } from '../../config/tenant-scope.ts';
import { AppLayout } from './AppLayout.tsx';

// Only a console serving a fleet loads its overview: the first visit of a single tenant stays as small.
const FleetLayout = lazy(async () => ({
  default: (await import('./FleetLayout.tsx')).FleetLayout,
}));

function NoSuchTenant({ id }: { id: string }) {
  return (
    <Center component="main" style={{ minHeight: '100vh', padding: 'var(--mantine-spacing-md)' }}>
      <Stack align="flex-start" style={{ maxWidth: rem(520) }}>
        <Title order={1}>No tenant “{id}” here</Title>
        <Text>
          This console does not manage a tenant with the id “{id}”. The link may be old, or the
          tenant was removed from the console’s tenants file.
        </Text>
        <Anchor href={fleetHref}>Go to the fleet overview</Anchor>
      </Stack>
    </Center>
  );
}

/** A "fleet" of one: the overview would show one row, so its console opens instead. */
function OnlyTenant({ id }: { id: string }) {
  useEffect(() => {
    replaceDocument(tenantHref(id));
  }, [id]);
  return null;
}

/**
 * One tenant's console (the usual layout), or, at the root of a console serving a fleet, the
 * fleet overview. The console's description is known by now (SessionGate waits for it).
 */
export function ConsoleShell() {
  const info = useQuery(consoleInfoQuery);
  if (tenantScope) {
    if (info.isError || (info.data && !info.data.tenant)) return <NoSuchTenant id={tenantScope} />;
    return <AppLayout />;
  }
  if (info.data?.mode === 'fleet') {
    const [only, ...others] = info.data.tenants;
    if (only && others.length === 0) return <OnlyTenant id={only.id} />;
    return (
      <Suspense fallback={null}>
        <FleetLayout members={info.data.tenants} />
      </Suspense>
    );
  }
  return <AppLayout />;
}
