import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isAlreadyRegistered } from '../../../api/error-status.ts';
import { providerListQuery } from '../../../api/queries.ts';
import { paths } from '../../../config/paths.ts';

/** After a 409, the way to the provider that already has this key. */
export function ExistingProviderLink({ error, arn }: { error: unknown; arn: string }) {
  const conflict = isAlreadyRegistered(error);
  const list = useQuery({ ...providerListQuery(), enabled: conflict });
  if (!conflict) return null;
  const fromMeta = typeof error.meta.arnFingerPrint === 'string' ? error.meta.arnFingerPrint : null;
  const existing = list.data?.find((provider) => provider.arn === arn);
  const fingerprint = fromMeta ?? existing?.fingerprint;
  if (!fingerprint) return null;
  return (
    <Anchor component={Link} to={paths.provider(fingerprint)} fw={600}>
      Open the existing key provider{existing ? ` “${existing.name}”` : ''}
    </Anchor>
  );
}
