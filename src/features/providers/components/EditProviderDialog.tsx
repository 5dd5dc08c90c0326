import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../../components/notify.ts';
import type { KeyProviderChanges } from '../../../api/key-providers.ts';
import type { KeyProvider } from '../../../api/model.ts';
import { CopyCurlButton } from '../../../components/CopyCurlButton.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { usePatchProvider } from '../api/mutations.ts';
import { curlRequests } from '../lib/curl-requests.ts';
import { fieldErrorOf } from '../lib/field-errors.ts';
import { nameProblem } from '../lib/provider-rules.ts';
import { useCurl } from '../lib/use-curl.ts';

interface EditProviderDialogProps {
  provider: KeyProvider;
  opened: boolean;
  onClose: () => void;
}

type Values = { name: string; description: string };

function changesOf(provider: KeyProvider, values: Values): KeyProviderChanges {
  const changes: KeyProviderChanges = {};
  if (values.name.trim() !== provider.name) changes.name = values.name.trim();
  if (values.description !== provider.description) changes.description = values.description;
  return changes;
}

function EditForm({ provider, onClose }: Omit<EditProviderDialogProps, 'opened'>) {
  const patch = usePatchProvider(provider.fingerprint);
  const form = useForm<Values>({
    initialValues: { name: provider.name, description: provider.description },
    validateInputOnChange: ['name'],
    validate: { name: nameProblem },
  });
  const changes = changesOf(provider, form.values);
  const unchanged = Object.keys(changes).length === 0;
  const curl = useCurl(curlRequests.patch(provider.fingerprint, changes));

  const submit = form.onSubmit(() => {
    if (unchanged) return;
    patch.mutate(changes, {
      onSuccess: () => {
        notify({
          color: 'green',
          title: 'Changes saved',
          message: `Saved ${changes.name ?? provider.name}.`,
        });
        onClose();
      },
      onError: (error) => {
        const fieldError = fieldErrorOf(error, ['name', 'description']);
        if (fieldError) form.setErrors(fieldError);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('description')}
        />
        {patch.isError && <ErrorAlert error={patch.error} />}
        <Group justify="space-between">
          <CopyCurlButton command={curl} label="Copy change as cURL" />
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={patch.isPending}
              disabled={unchanged || nameProblem(form.values.name) !== null}
            >
              Save changes
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function EditProviderDialog({ provider, opened, onClose }: EditProviderDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${provider.name}`} size="lg">
      {opened && <EditForm provider={provider} onClose={onClose} />}
    </Modal>
  );
}
