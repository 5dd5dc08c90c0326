import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { IconArrowsExchange, IconPencil, IconTrash } from '@tabler/icons-react';
import type { KeyProvider } from '../../../api/model.ts';
import { ActionLink } from '../../../components/ActionLink.tsx';
import { ActionWithReason } from '../../../components/ActionWithReason.tsx';
import { useActionReasons, type BlockedReason } from '../lib/use-action-reasons.ts';
import { paths } from '../../../config/paths.ts';
import { ValidateAction } from './ValidateAction.tsx';

/** The reason in words; a refusal by the running migration links to its monitor. */
function reasonOf(reason: BlockedReason | null) {
  if (!reason) return null;
  if (!reason.migration) return reason.text;
  return (
    <>
      {reason.text}{' '}
      <Anchor component={Link} to={paths.migration} size="sm" underline="always">
        Watch the migration
      </Anchor>
    </>
  );
}

export function ProviderActions({ provider }: { provider: KeyProvider }) {
  const reasons = useActionReasons(provider);
  const migrateReason = reasonOf(reasons.migrate);
  const editReason = reasonOf(reasons.edit);
  const deleteReason = reasonOf(reasons.delete);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="provider-actions">
      <Stack gap="lg">
        <Title order={2} size="h4" id="provider-actions">
          Actions
        </Title>
        <ValidateAction provider={provider} reason={reasons.validate?.text ?? null} />
        <ActionWithReason
          reason={migrateReason}
          description="Re-encrypts the tenant’s data with this key; the tenant keeps working meanwhile."
          control={({ disabled, describedBy }) => (
            <ActionLink
              to={paths.newMigration(provider.fingerprint)}
              disabled={disabled}
              describedBy={describedBy}
              icon={IconArrowsExchange}
            >
              Migrate to this key
            </ActionLink>
          )}
        />
        {!provider.isQlikDefault && (
          <ActionWithReason
            reason={editReason}
            description="Changes the name or description; the key stays the same."
            control={({ disabled, describedBy }) => (
              <ActionLink
                to={paths.provider(provider.fingerprint, 'edit')}
                disabled={disabled}
                describedBy={describedBy}
                icon={IconPencil}
              >
                Edit name and description
              </ActionLink>
            )}
          />
        )}
        <ActionWithReason
          reason={deleteReason}
          description="Removes the key provider from the tenant; the key stays in AWS KMS."
          control={({ disabled, describedBy }) => (
            <ActionLink
              to={paths.provider(provider.fingerprint, 'delete')}
              disabled={disabled}
              describedBy={describedBy}
              icon={IconTrash}
              color="red"
            >
              Delete
            </ActionLink>
          )}
        />
      </Stack>
    </Paper>
  );
}
