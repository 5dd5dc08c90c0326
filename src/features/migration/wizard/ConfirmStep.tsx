import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/List.css';
import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { READ_ONLY_REASON, useConsoleContext } from '../../../lib/console-context.ts';
import { Link, useNavigate } from 'react-router';
import type { KeyProvider } from '../../../api/model.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { paths } from '../../../config/paths.ts';
import { FromTo } from '../components/FromTo.tsx';
import { wizardEnds } from './ends.ts';
import { usePreflight } from './preflight.ts';
import { StepHeading } from './StepHeading.tsx';
import type { MigrationTarget } from './target.ts';
import { useStartMigration } from './use-start-migration.ts';
import { isMigrationAlreadyRunning } from '../../../api/describe-error.ts';
import type { WizardNavigation } from './navigation.ts';

interface ConfirmStepProps extends WizardNavigation {
  providers: KeyProvider[];
  target: MigrationTarget;
  override: boolean;
  /** Called just before the start is sent. */
  onStarting: () => void;
}

export function ConfirmStep({ providers, target, override, goTo, onStarting }: ConfirmStepProps) {
  const navigate = useNavigate();
  // Reuses this session's validation of the key; validates only when there is none yet.
  const preflight = usePreflight(target, { fresh: false });
  const start = useStartMigration(target);
  const { readOnly } = useConsoleContext();
  const [confirmed, setConfirmed] = useState(false);
  const { from, to } = wizardEnds(providers, target);
  const toName = to?.name ?? 'the target';
  const preflightOk =
    preflight.passed || (override && preflight.running.isSuccess && !preflight.migrationRunning);
  const outcome = start.data;

  const onStart = () => {
    onStarting();
    start.mutate(undefined, {
      onSuccess: (result) => {
        if (result.started) void navigate(paths.migration);
      },
    });
  };

  if (outcome && !outcome.started) {
    return (
      <Stack gap="md">
        <StepHeading>Nothing to migrate</StepHeading>
        <Alert color="blue" variant="light" title="The tenant already uses the Qlik default">
          <Text size="sm">{outcome.message} There is no migration to watch.</Text>
        </Alert>
        <Group>
          <Button component={Link} to={paths.providers}>
            Back to key providers
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <StepHeading>3. Confirm the migration</StepHeading>
      {to && <FromTo from={from} to={to} />}
      <List spacing="xs" aria-label="What happens">
        <List.Item>
          Every data key of the tenant is re-wrapped with the key of <strong>{toName}</strong>.
        </List.Item>
        <List.Item>
          The tenant keeps working while the migration runs; nobody is logged out.
        </List.Item>
        <List.Item>Only one migration can run at a time; you cannot cancel this one.</List.Item>
        <List.Item>
          When it completes, <strong>{toName}</strong> becomes the current key and {from.name} is no
          longer used.
        </List.Item>
      </List>
      {override && (
        <Alert color="orange" variant="light" title="The key failed validation">
          You chose to continue anyway.
        </Alert>
      )}
      {!preflight.running.isPending && !preflightOk && (
        <Alert color="orange" variant="light" title="The preflight checks have not passed">
          <Button
            size="xs"
            mt="xs"
            onClick={() => {
              goTo('preflight');
            }}
          >
            Run the preflight checks
          </Button>
        </Alert>
      )}
      <Checkbox
        checked={confirmed}
        onChange={(event) => {
          setConfirmed(event.currentTarget.checked);
        }}
        label={`I understand: migrate the tenant to ${toName}`}
      />
      {start.isError && (
        <Stack gap="xs">
          <ErrorAlert error={start.error} />
          {isMigrationAlreadyRunning(start.error) && (
            <Group>
              <Button component={Link} to={paths.migration}>
                Open the running migration’s monitor
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <Group>
        <Button
          variant="default"
          disabled={start.isPending}
          onClick={() => {
            goTo('preflight');
          }}
        >
          Back
        </Button>
        <Button
          disabled={readOnly || !confirmed || !preflightOk}
          loading={start.isPending}
          onClick={onStart}
          aria-describedby={readOnly ? 'start-read-only' : undefined}
        >
          Start migration
        </Button>
        {readOnly && (
          <Text id="start-read-only" size="sm" c="dimmed">
            {READ_ONLY_REASON}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
