import '@mantine/core/styles/List.css';
import '@mantine/core/styles/ThemeIcon.css';
import { Alert, Button, List, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { paths } from '../../../config/paths.ts';
import type { Preflight } from './preflight.ts';
import type { MigrationTarget } from './target.ts';

function Check({ ok, pending, children }: { ok: boolean; pending: boolean; children: ReactNode }) {
  const icon = pending ? (
    <Loader size={18} aria-hidden />
  ) : (
    <ThemeIcon color={ok ? 'green.9' : 'red.9'} size={22} radius="xl" aria-hidden>
      {ok ? <IconCheck size={14} /> : <IconX size={14} />}
    </ThemeIcon>
  );
  return <List.Item icon={icon}>{children}</List.Item>;
}

export function PreflightChecks({
  preflight,
  target,
}: {
  preflight: Preflight;
  target: MigrationTarget;
}) {
  const { keyCheck, running } = preflight;
  const problems = keyCheck.result?.complianceProblems ?? [];
  return (
    <Stack gap="sm">
      <List spacing="sm" center aria-label="Preflight checks">
        {target.kind === 'qlik-default' ? (
          <Check ok pending={false}>
            The Qlik default needs no key test: Qlik manages the key.
          </Check>
        ) : (
          <Check ok={preflight.keyOk} pending={keyCheck.pending}>
            {keyCheck.pending && 'Validating the key with AWS KMS…'}
            {preflight.keyOk && 'The key is valid and DR compliant.'}
            {preflight.keyFailed && 'The key failed validation.'}
          </Check>
        )}
        <Check ok={running.isSuccess && !preflight.migrationRunning} pending={running.isPending}>
          {running.isPending && 'Checking for a running migration…'}
          {running.isSuccess && !preflight.migrationRunning && 'No migration is running.'}
          {preflight.migrationRunning && 'A migration is already running.'}
          {running.isError && 'Could not check for a running migration.'}
        </Check>
      </List>
      {keyCheck.error && (
        <ErrorAlert error={keyCheck.error} onRetry={keyCheck.rerun} retrying={keyCheck.rerunning} />
      )}
      {keyCheck.result && !preflight.keyOk && (
        <Alert color="red" variant="light" title="The key is not DR compliant" role="alert">
          {problems.length === 0 && (
            <Text size="sm">The tenant reported the key as not DR compliant, without details.</Text>
          )}
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={`${p.code}-${p.region}`}>
                {p.region}: {p.message} ({p.code})
              </List.Item>
            ))}
          </List>
          <Text size="sm" fw={500} mt="xs">
            Fix the key policy or add the replica in AWS, then run the checks again.
          </Text>
          <Button
            size="xs"
            variant="default"
            mt="xs"
            loading={keyCheck.rerunning}
            onClick={keyCheck.rerun}
          >
            Run the checks again
          </Button>
        </Alert>
      )}
      {running.isError && (
        <ErrorAlert error={running.error} onRetry={() => void running.refetch()} />
      )}
      {preflight.migrationRunning && (
        <Alert color="orange" variant="light" title="A migration is already running">
          <Text size="sm">Only one migration can run at a time. Wait until it completes.</Text>
          <Button component={Link} to={paths.migration} size="xs" mt="xs">
            Watch the running migration
          </Button>
        </Alert>
      )}
    </Stack>
  );
}
