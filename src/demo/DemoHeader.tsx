import { ActionIcon, Badge, Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPresentation } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { notify } from '../components/notify.ts';
import { GuidedTour } from './GuidedTour.tsx';
import { PresenterPanel } from './PresenterPanel.tsx';
import type { DemoTenant } from './start-demo-tenant.ts';

const DEMO_MARKER = 'Demo — simulated tenant';

let discardNoticeShown = false;

function useDiscardNotice(discarded: boolean) {
  useEffect(() => {
    if (!discarded || discardNoticeShown) return;
    discardNoticeShown = true;
    notify({
      color: 'orange',
      title: 'The saved demo was reset',
      message:
        'This browser held a demo state from an older version of the console; it was discarded and the demo starts from the documented tenant.',
      autoClose: false,
    });
  }, [discarded]);
}

/** The demo build's part of the header: the marker that it is not a real tenant, and the controls. */
export function DemoHeader({ tenant }: { tenant: DemoTenant }) {
  const [panelOpened, panel] = useDisclosure(false);
  const [touring, tour] = useDisclosure(false);
  const wideButton = useRef<HTMLButtonElement>(null);
  const narrowButton = useRef<HTMLButtonElement>(null);
  const focusPresenterButton = () => {
    const visible = [wideButton.current, narrowButton.current].find((b) => b?.offsetParent);
    visible?.focus();
  };
  useDiscardNotice(tenant.discardedSavedState);
  return (
    <>
      <Badge color="orange.4" autoContrast variant="filled" size="lg" tt="none" visibleFrom="sm">
        {DEMO_MARKER}
      </Badge>
      {/* No room in a phone's header: the marker becomes a strip along the bottom edge. */}
      <Text hiddenFrom="sm" className="demo-strip" size="sm" fw={700}>
        {DEMO_MARKER}
      </Text>
      <Button
        ref={wideButton}
        variant="default"
        leftSection={<IconPresentation size={18} aria-hidden />}
        onClick={panel.open}
        visibleFrom="sm"
      >
        Presenter
      </Button>
      <ActionIcon
        ref={narrowButton}
        variant="default"
        size="lg"
        aria-label="Presenter"
        onClick={panel.open}
        hiddenFrom="sm"
      >
        <IconPresentation size={18} aria-hidden />
      </ActionIcon>
      <PresenterPanel
        opened={panelOpened}
        onClose={panel.close}
        control={tenant.control}
        onStartTour={() => {
          panel.close();
          tour.open();
        }}
      />
      {touring && (
        <GuidedTour
          onClose={() => {
            tour.close();
            focusPresenterButton();
          }}
        />
      )}
    </>
  );
}
