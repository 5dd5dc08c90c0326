import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Checkbox.css';
import { Button, Checkbox, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { KeyProvider } from '../../../api/model.ts';
import { FromTo } from '../components/FromTo.tsx';
import { wizardEnds } from './ends.ts';
import { PreflightChecks } from './PreflightChecks.tsx';
import { usePreflight } from './preflight.ts';
import { StepHeading } from './StepHeading.tsx';
import type { MigrationTarget } from './target.ts';
import type { WizardNavigation } from './navigation.ts';

interface PreflightStepProps extends WizardNavigation {
  providers: KeyProvider[];
  target: MigrationTarget;
  override: boolean;
}

export function PreflightStep({ providers, target, override, goTo }: PreflightStepProps) {
  const preflight = usePreflight(target, { fresh: true });
  const [accepted, setAccepted] = useState(override);
  const { from, to } = wizardEnds(providers, target);
  const canContinue =
    preflight.running.isSuccess &&
    !preflight.migrationRunning &&
    (preflight.keyOk || (preflight.keyFailed && accepted));
  return (
    <Stack gap="md">
      <StepHeading>2. Preflight checks</StepHeading>
      {to && <FromTo from={from} to={to} />}
      <PreflightChecks preflight={preflight} target={target} />
      {preflight.keyFailed && !preflight.migrationRunning && (
        <Checkbox
          checked={accepted}
          onChange={(event) => {
            setAccepted(event.currentTarget.checked);
          }}
          color="red.9"
          label="Continue anyway: I accept that the key failed validation and the migration may fail or leave the tenant without a disaster-recovery copy."
        />
      )}
      <Group>
        <Button
          variant="default"
          onClick={() => {
            goTo('target');
          }}
        >
          Back
        </Button>
        <Button
          disabled={!canContinue}
          onClick={() => {
            goTo('confirm', { override: preflight.keyOk ? null : '1' });
          }}
        >
          Next: confirm
        </Button>
      </Group>
    </Stack>
  );
}
