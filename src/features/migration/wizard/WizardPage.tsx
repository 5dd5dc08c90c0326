import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isMigrationRunning } from '../../../api/model.ts';
import { providerListQuery } from '../../../api/queries.ts';
import { useCurrentMigration } from '../../../api/use-current-migration.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ConfirmStep } from './ConfirmStep.tsx';
import type { WizardNavigation } from './navigation.ts';
import { PreflightStep } from './PreflightStep.tsx';
import { RunningMigrationNotice } from './RunningMigrationNotice.tsx';
import { readStep, resolveTarget, WIZARD_STEPS } from './target.ts';
import { TargetStep } from './TargetStep.tsx';

/**
 * The wizard's state lives in the URL (?target=&step=&override=): reload and back/forward work.
 * No step opens before the shared migration state is known, and none while one runs: a step may
 * send a request (the preflight validates the key).
 */
export function WizardPage() {
  const providers = useQuery(providerListQuery());
  const migration = useCurrentMigration();
  const running = isMigrationRunning(migration.data);
  // Once this wizard sends the start, its own migration must not hide the step that reports on it.
  const [startedHere, setStartedHere] = useState(false);
  const stepsOpen =
    startedHere || (!running && (migration.data !== undefined || migration.isError));
  const [params, setParams] = useSearchParams();
  const target = providers.data ? resolveTarget(providers.data, params.get('target')) : null;
  const step = readStep(params.get('step'), target !== null);
  const override = params.get('override') === '1';

  const goTo: WizardNavigation['goTo'] = (next, changes = {}) => {
    const updated = new URLSearchParams(params);
    updated.set('step', next);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) updated.delete(name);
      else updated.set(name, value);
    }
    setParams(updated);
  };

  return (
    <Stack gap="md" maw={860}>
      <div>
        <Title order={1}>Start a migration</Title>
        {stepsOpen && (
          <Text c="dimmed" size="sm">
            Step {WIZARD_STEPS.indexOf(step) + 1} of {WIZARD_STEPS.length}
          </Text>
        )}
      </div>
      {!stepsOpen && running && migration.data && (
        <RunningMigrationNotice migration={migration.data} providers={providers.data} />
      )}
      {!stepsOpen && !running && <Loader aria-label="Checking whether a migration is running" />}
      {stepsOpen && providers.isPending && <Loader aria-label="Loading key providers" />}
      {providers.isError && (
        <ErrorAlert error={providers.error} onRetry={() => void providers.refetch()} />
      )}
      {stepsOpen && providers.data && step === 'target' && (
        <TargetStep
          providers={providers.data}
          initial={params.get('target')}
          unknownTarget={params.has('target') && target === null}
          goTo={goTo}
        />
      )}
      {stepsOpen && providers.data && target && step === 'preflight' && (
        <PreflightStep providers={providers.data} target={target} override={override} goTo={goTo} />
      )}
      {stepsOpen && providers.data && target && step === 'confirm' && (
        <ConfirmStep
          providers={providers.data}
          target={target}
          override={override}
          goTo={goTo}
          onStarting={() => {
            setStartedHere(true);
          }}
        />
      )}
    </Stack>
  );
}
