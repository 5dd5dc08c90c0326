import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../../../api/api-error.ts';
import { providerListQuery } from '../../../api/queries.ts';
import { detailPath } from './ProviderTable.tsx';

/** After a 409, the way to the provider that already has this key. */
export function ExistingProviderLink({ error, arn }: { error: unknown; arn: string }) {
  const conflict = isApiError(error) && error.kind === 'http' && error.status === 409;
  const list = useQuery({ ...providerListQuery(), enabled: conflict });
  if (!conflict) return null;
  const fromMeta = typeof error.meta.arnFingerPrint === 'string' ? error.meta.arnFingerPrint : null;
  const existing = list.data?.find((provider) => provider.arn === arn);
  const fingerprint = fromMeta ?? existing?.fingerprint;
  if (!fingerprint) return null;
  return (
    <Anchor component={Link} to={detailPath(fingerprint)} fw={600}>
      Open the existing key provider{existing ? ` “${existing.name}”` : ''}
    </Anchor>
  );
}
