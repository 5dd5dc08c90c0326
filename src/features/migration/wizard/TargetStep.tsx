import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/Radio.css';
import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { KeyProvider } from '../../../api/model.ts';
import { FromTo } from '../components/FromTo.tsx';
import { labelOf } from '../../../lib/provider-label.ts';
import { StepHeading } from './StepHeading.tsx';
import { resolveTarget, targetOptions, targetParam } from './target.ts';
import { wizardEnds } from './ends.ts';
import type { WizardNavigation } from './navigation.ts';

interface TargetStepProps extends WizardNavigation {
  providers: KeyProvider[];
  initial: string | null;
  unknownTarget: boolean;
}

function describe(provider: KeyProvider): string {
  const label = labelOf(provider);
  if (provider.isQlikDefault) return 'Qlik manages the key (reset to the Qlik default)';
  return [label.type, label.region, provider.arn].filter(Boolean).join(' · ');
}

export function TargetStep({ providers, initial, unknownTarget, goTo }: TargetStepProps) {
  const options = targetOptions(providers);
  const [choice, setChoice] = useState(() => {
    const preset = resolveTarget(providers, initial);
    return preset?.provider && !preset.provider.current ? targetParam(preset.provider) : '';
  });
  const target = resolveTarget(providers, choice);
  const ends = wizardEnds(providers, target);
  return (
    <Stack gap="md">
      <StepHeading>1. Choose the target key provider</StepHeading>
      {unknownTarget && (
        <Alert color="orange" variant="light" title="Unknown target">
          The key provider in the link does not exist on this tenant (any more). Choose one below.
        </Alert>
      )}
      <Radio.Group
        value={choice}
        onChange={setChoice}
        label="Migrate the tenant to"
        description="Any key provider except the current one."
      >
        <Stack gap="sm" mt="xs">
          {options.map((provider) => (
            <Radio
              key={targetParam(provider)}
              value={targetParam(provider)}
              label={provider.isQlikDefault ? `Qlik default (${provider.name})` : provider.name}
              description={describe(provider)}
              styles={{ description: { wordBreak: 'break-all' } }}
            />
          ))}
        </Stack>
      </Radio.Group>
      {ends.to && <FromTo from={ends.from} to={ends.to} />}
      {options.length === 0 && <Text>There is no other key provider to migrate to.</Text>}
      <Group>
        <Button
          disabled={!target}
          onClick={() => {
            goTo('preflight', { target: choice, override: null });
          }}
        >
          Next: preflight checks
        </Button>
      </Group>
    </Stack>
  );
}
