import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notify } from '../../../components/notify.ts';
import { useState } from 'react';
import type { KeyProvider } from '../../../api/model.ts';
import { CopyCurlButton } from '../../../components/CopyCurlButton.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useDeleteProvider } from '../api/mutations.ts';
import { curlRequests } from '../lib/curl-requests.ts';
import { useCurl } from '../lib/use-curl.ts';

interface DeleteProviderDialogProps {
  provider: KeyProvider;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}

function DeleteConfirmation({
  provider,
  onClose,
  onDeleted,
}: Omit<DeleteProviderDialogProps, 'opened'>) {
  const remove = useDeleteProvider(provider.fingerprint);
  const [typed, setTyped] = useState('');
  const curl = useCurl(curlRequests.delete(provider.fingerprint));
  const confirmed = typed === provider.name;

  const confirm = () => {
    if (!confirmed) return;
    remove.mutate(undefined, {
      onSuccess: () => {
        notify({
          color: 'green',
          title: 'Key provider deleted',
          message: `${provider.name} was removed from the tenant.`,
        });
        onDeleted();
      },
    });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        confirm();
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          The tenant forgets this key provider: it can no longer be validated or migrated to until
          you register the key again. The key itself stays in AWS KMS, and no tenant data is
          touched.
        </Text>
        <TextInput
          label={`Type the name “${provider.name}” to confirm`}
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        {remove.isError && <ErrorAlert error={remove.error} />}
        <Group justify="space-between">
          <CopyCurlButton command={curl} label="Copy delete as cURL" />
          <Group gap="xs">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!confirmed} loading={remove.isPending}>
              Delete key provider
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function DeleteProviderDialog({ provider, opened, ...rest }: DeleteProviderDialogProps) {
  return (
    <Modal opened={opened} onClose={rest.onClose} title={`Delete ${provider.name}?`} size="lg">
      {opened && <DeleteConfirmation provider={provider} {...rest} />}
    </Modal>
  );
}
