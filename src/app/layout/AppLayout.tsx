import { Anchor, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowLeft,
  IconArrowsExchange,
  IconHistory,
  IconKey,
  IconListDetails,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../../config/paths.ts';
import { fleetHref, tenantScope } from '../../config/tenant-scope.ts';
import { useHeaderSlot } from '../../lib/header-slot.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { MigrationIndicator } from '../../features/migration/components/MigrationIndicator.tsx';
import { AccountControls } from '../../features/session/components/AccountControls.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import classes from './AppLayout.module.css';
import { TenantBadge } from './TenantBadge.tsx';

/** In a tenant of a fleet: the way back to the overview (a document navigation, see tenant-scope). */
function BackToFleet() {
  return (
    <Anchor
      href={fleetHref}
      size="sm"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      All tenants
    </Anchor>
  );
}

const navigation = [
  { to: paths.providers, label: 'Key providers', icon: IconKey, end: true },
  { to: paths.migration, label: 'Migration', icon: IconArrowsExchange, end: false },
  { to: paths.history, label: 'Key history', icon: IconHistory, end: true },
  { to: paths.activity, label: 'Activity', icon: IconListDetails, end: false },
];

/**
 * The console's frame: header, navigation, main area. AppLayout fills it; so does the first page's
 * shell (ConsoleSkeleton), which the build prerenders. What only the browser knows (a fleet's way
 * back, the demo's header items) shows once the page is hydrated, so the prerendered markup and
 * the first render in the browser are the same.
 */
export function LayoutFrame({
  headerEnd,
  children,
}: {
  headerEnd: ReactNode;
  children: ReactNode;
}) {
  const [opened, { toggle, close }] = useDisclosure();
  const headerSlot = useHeaderSlot();
  const hydrated = useHydrated();
  return (
    <div className={classes.layout}>
      <Anchor href="#main" className="skip-link">
        Skip to content
      </Anchor>
      {/* right-scroll-bar-position: react-remove-scroll keeps it still when a dialog locks scrolling. */}
      <header className={`${classes.header} right-scroll-bar-position`}>
        <Group
          justify="space-between"
          wrap="nowrap"
          style={{ height: '100%', paddingInline: 'var(--mantine-spacing-md)' }}
        >
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            {hydrated && tenantScope && <BackToFleet />}
            <Text fw={700} size="lg" component="span">
              Encryption keys
            </Text>
            {hydrated && headerSlot}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerEnd}
          </Group>
        </Group>
      </header>
      <nav className={classes.navbar} data-opened={opened || undefined} aria-label="Main">
        {navigation.map(({ to, label, icon: Icon, end }) => (
          <NavLink
            key={to}
            to={to}
            end={end}
            className={`mantine-focus-auto ${classes.navLink}`}
            onClick={close}
          >
            <Icon size={18} aria-hidden />
            <span className={classes.navLabel}>{label}</span>
          </NavLink>
        ))}
      </nav>
      <main className={classes.main} id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

export function AppLayout() {
  return (
    <LayoutFrame
      headerEnd={
        <>
          <MigrationIndicator />
          <TenantBadge />
          <ColorSchemeToggle />
          <AccountControls />
        </>
      }
    >
      <Outlet />
    </LayoutFrame>
  );
}
