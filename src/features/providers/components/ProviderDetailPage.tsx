import { Anchor, Badge, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { KeyProvider } from '../../../api/model.ts';
import { isProviderNotFound } from '../../../api/error-status.ts';
import { providerQuery } from '../../../api/queries.ts';
import { CURRENT_GREEN } from '../../../config/status-colors.ts';
import { CopyCurlButton } from '../../../components/CopyCurlButton.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { QueryHealth } from '../../../components/QueryHealth.tsx';
import { useActionReasons } from '../lib/use-action-reasons.ts';
import { curlRequests } from '../lib/curl-requests.ts';
import { useCurl } from '../lib/use-curl.ts';
import { DeleteProviderDialog } from './DeleteProviderDialog.tsx';
import { EditProviderDialog } from './EditProviderDialog.tsx';
import { ProviderActions } from './ProviderActions.tsx';
import { ProviderFacts } from './ProviderFacts.tsx';
import { ProviderNotFound } from './ProviderNotFound.tsx';
import { paths } from '../../../config/paths.ts';

function BackLink() {
  return (
    <Anchor component={Link} to={paths.providers} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> Key providers
      </Group>
    </Anchor>
  );
}

function ProviderView({ provider, dialog }: { provider: KeyProvider; dialog: string | undefined }) {
  const navigate = useNavigate();
  const reasons = useActionReasons(provider);
  const curl = useCurl(curlRequests.get(provider.fingerprint));
  const closeDialog = () => void navigate(paths.provider(provider.fingerprint));
  return (
    <Stack gap="lg">
      <BackLink />
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {provider.name}
          </Title>
          {provider.current && (
            <Badge color={CURRENT_GREEN} variant="filled">
              Current
            </Badge>
          )}
        </Group>
        <CopyCurlButton command={curl} />
      </Group>
      <ProviderFacts provider={provider} />
      <ProviderActions provider={provider} />
      <EditProviderDialog
        provider={provider}
        opened={dialog === 'edit' && !reasons.edit}
        onClose={closeDialog}
      />
      <DeleteProviderDialog
        provider={provider}
        opened={dialog === 'delete' && !reasons.delete}
        onClose={closeDialog}
        onDeleted={() => void navigate(paths.providers, { state: { focusHeading: true } })}
      />
    </Stack>
  );
}

export function ProviderDetailPage() {
  const { fingerprint = '', dialog } = useParams();
  const provider = useQuery(providerQuery(fingerprint));
  // The view renders the answer in a transition React slices, not in one blocking task.
  const shown = useDeferredValue(provider.data);
  if (provider.isError && provider.data === undefined) {
    if (isProviderNotFound(provider.error)) return <ProviderNotFound error={provider.error} />;
    return (
      <Stack gap="md">
        <BackLink />
        <Title order={1}>Key provider</Title>
        <ErrorAlert
          error={provider.error}
          onRetry={() => void provider.refetch()}
          retrying={provider.isFetching}
        />
      </Stack>
    );
  }
  if (shown === undefined || provider.data === undefined) {
    return (
      <Stack gap="md">
        <QueryHealth query={provider} />
        <Stack gap="md" aria-busy="true" aria-label="Loading the key provider">
          <Skeleton height={36} width="40%" />
          <Skeleton height={160} />
        </Stack>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <QueryHealth query={provider} />
      <ProviderView provider={shown} dialog={dialog} />
    </Stack>
  );
}
