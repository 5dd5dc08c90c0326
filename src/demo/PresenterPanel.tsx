import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/FloatingIndicator.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Drawer.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/SegmentedControl.css';
import { Button, Drawer, Radio, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import type { ScenarioName } from '../../simulator/contract.ts';
import type { DemoControl, SimulatorState } from './demo-control.ts';
import { FAULTS, MIGRATION_SPEEDS, SCENARIOS, type FaultChoice } from './presenter-options.ts';
import { ResetToStart } from './ResetToStart.tsx';
import { useReplaceTenant } from './use-replace-tenant.ts';

interface PresenterPanelProps {
  opened: boolean;
  onClose: () => void;
  control: DemoControl;
  onStartTour: () => void;
}

type PanelState = SimulatorState & { fault: FaultChoice };

/** The presenter's controls: the story (scenario), the pace (speed), a failure on cue, a reset. */
export function PresenterPanel({ opened, onClose, control, onStartTour }: PresenterPanelProps) {
  const replaceTenant = useReplaceTenant();
  const [busy, setBusy] = useState(false);
  // What the presenter just chose, shown until the simulator's state confirms it.
  const [chosen, setChosen] = useState<Partial<PanelState>>({});
  // Polled while open: a queued fault disarms itself once the next request has used it.
  const state = useQuery({
    queryKey: ['demo-presenter', control],
    queryFn: async () => ({ ...(await control.state()), fault: await control.armedFault() }),
    enabled: opened,
    refetchInterval: opened ? 1000 : false,
  });
  const run = async (choice: Partial<PanelState>, action: () => Promise<void>) => {
    setBusy(true);
    setChosen(choice);
    try {
      await action();
    } finally {
      await state.refetch();
      setChosen({});
      setBusy(false);
    }
  };
  const shown = { ...state.data, ...chosen };
  const speed = shown.migrationDurationMs ?? MIGRATION_SPEEDS[1].value;
  const loadScenario = (scenario: ScenarioName) =>
    run({ scenario }, () => replaceTenant(() => control.loadScenario(scenario, speed)));
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      title="Presenter controls"
      size="md"
      closeButtonProps={{ 'aria-label': 'Close the presenter controls' }}
    >
      <Stack gap="lg">
        <Radio.Group
          label="Scenario"
          description="Takes effect at once; the tenant starts over."
          value={shown.scenario ?? null}
          onChange={(name) => void loadScenario(name)}
        >
          <Stack gap="xs" mt="xs">
            {SCENARIOS.map((scenario) => (
              <Radio
                key={scenario.name}
                value={scenario.name}
                label={scenario.label}
                description={scenario.description}
                disabled={busy}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="demo-speed-label">
            Migration speed
          </Text>
          <Text size="xs" c="dimmed">
            For migrations started from now on.
          </Text>
          <SegmentedControl
            aria-labelledby="demo-speed-label"
            value={String(speed)}
            data={MIGRATION_SPEEDS.map(({ label, value }) => ({ label, value: String(value) }))}
            onChange={(value) => {
              const migrationDurationMs = Number(value);
              void run({ migrationDurationMs }, () =>
                control.setMigrationSpeed(migrationDurationMs),
              );
            }}
            disabled={busy}
          />
        </Stack>
        <Radio.Group
          label="The next request to the tenant"
          description="Whatever you do next (a page that loads, a change); used once."
          value={shown.fault ?? 'none'}
          onChange={(choice) => {
            const fault = choice;
            void run({ fault }, () => control.armFault(fault));
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="none" label="Behaves normally" disabled={busy} />
            {Object.entries(FAULTS).map(([choice, { label }]) => (
              <Radio key={choice} value={choice} label={label} disabled={busy} />
            ))}
          </Stack>
        </Radio.Group>
        <Stack gap="xs">
          <Title order={3} size="sm" fw={500}>
            For first-time viewers
          </Title>
          <Button
            variant="light"
            leftSection={<IconRoute size={18} aria-hidden />}
            onClick={onStartTour}
          >
            Start the guided tour
          </Button>
        </Stack>
        <ResetToStart
          disabled={busy}
          onReset={() => run({}, () => replaceTenant(() => control.reset()))}
        />
      </Stack>
    </Drawer>
  );
}
