import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowLeft,
  IconArrowsExchange,
  IconHistory,
  IconKey,
  IconListDetails,
} from '@tabler/icons-react';
import { NavLink, Outlet } from 'react-router';
import { Burger } from '../../components/lite/Burger.tsx';
import { Group } from '../../components/lite/Layout.tsx';
import { Anchor, Text } from '../../components/lite/Typography.tsx';
import { paths } from '../../config/paths.ts';
import { fleetHref, tenantScope } from '../../config/tenant-scope.ts';
import { useHeaderSlot } from '../../lib/header-slot.ts';
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

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const headerSlot = useHeaderSlot();
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
            {tenantScope && <BackToFleet />}
            <Text fw={700} size="lg" component="span">
              Encryption keys
            </Text>
            {headerSlot}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <MigrationIndicator />
            <TenantBadge />
            <ColorSchemeToggle />
            <AccountControls />
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
        <Outlet />
      </main>
    </div>
  );
}
