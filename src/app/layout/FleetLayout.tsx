import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'react-router';
import type { FleetMember } from '../../api/console-info.ts';
import { fleetHref } from '../../config/tenant-scope.ts';
import { FleetPage } from '../../features/fleet/components/FleetPage.tsx';
import classes from './AppLayout.module.css';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';

function NotInFleet() {
  return (
    <Stack align="flex-start">
      <Title order={1}>Page not found</Title>
      <Text>
        This console serves several tenants: every view of a tenant lives under its own address.
        Choose the tenant in the fleet overview.
      </Text>
      <Anchor href={fleetHref}>Go to the fleet overview</Anchor>
    </Stack>
  );
}

/**
 * The console's root when it serves a fleet: the overview only. Every tenant's own console lives
 * under `/t/<id>/` (see config/tenant-scope.ts), so no view here talks to a tenant directly.
 * ConsoleShell loads this module (and the overview with it) only for a fleet.
 */
export function FleetLayout({ members }: { members: readonly FleetMember[] }) {
  const { pathname } = useLocation();
  return (
    <div className={classes.layout}>
      <Anchor href="#main" className="skip-link">
        Skip to content
      </Anchor>
      <header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg" component="span">
            Encryption keys · Fleet
          </Text>
          <ColorSchemeToggle />
        </Group>
      </header>
      <main className={`${classes.main} ${classes.withoutNavbar}`} id="main" tabIndex={-1}>
        {pathname === '/' ? <FleetPage members={members} /> : <NotInFleet />}
      </main>
    </div>
  );
}
