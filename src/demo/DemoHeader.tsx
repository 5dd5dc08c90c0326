import { Badge, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPresentation } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { GuidedTour } from './GuidedTour.tsx';
import { PresenterPanel } from './PresenterPanel.tsx';
import type { DemoTenant } from './start-demo-tenant.ts';

let discardNoticeShown = false;

function useDiscardNotice(discarded: boolean) {
  useEffect(() => {
    if (!discarded || discardNoticeShown) return;
    discardNoticeShown = true;
    notifications.show({
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
  const presenterButton = useRef<HTMLButtonElement>(null);
  useDiscardNotice(tenant.discardedSavedState);
  return (
    <>
      <Badge color="orange.4" autoContrast variant="filled" size="lg" tt="none">
        Demo — simulated tenant
      </Badge>
      <Button
        ref={presenterButton}
        variant="default"
        leftSection={<IconPresentation size={18} aria-hidden />}
        onClick={panel.open}
      >
        Presenter
      </Button>
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
            presenterButton.current?.focus();
          }}
        />
      )}
    </>
  );
}
