import {
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../../components/notify.ts';
import { Link, useNavigate } from 'react-router';
import type { NewKeyProvider } from '../../../api/key-providers.ts';
import { CopyCurlButton } from '../../../components/CopyCurlButton.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { checkKmsArn, KMS_ARN_EXAMPLE } from '../../../lib/kms-arn.ts';
import { useCreateProvider } from '../api/mutations.ts';
import { READ_ONLY_REASON, useConsoleContext } from '../../../lib/console-context.ts';
import { curlRequests } from '../lib/curl-requests.ts';
import { fieldErrorOf } from '../lib/field-errors.ts';
import { nameProblem } from '../lib/provider-rules.ts';
import { useCurl } from '../lib/use-curl.ts';
import { ArnHints, describeArn } from './ArnFeedback.tsx';
import { ExistingProviderLink } from './ExistingProviderLink.tsx';
import { paths } from '../../../config/paths.ts';

type Values = { name: string; arn: string; description: string };

const toInput = ({ name, arn, description }: Values): NewKeyProvider => ({
  name: name.trim(),
  arn,
  ...(description.trim() ? { description } : {}),
});

export function CreateProviderPage() {
  const navigate = useNavigate();
  const { readOnly, tenantRegion } = useConsoleContext();
  const create = useCreateProvider();
  const form = useForm<Values>({
    initialValues: { name: '', arn: '', description: '' },
    validateInputOnChange: ['arn'],
    validate: {
      name: nameProblem,
      arn: (value) => {
        const check = checkKmsArn(value);
        return check.ok ? null : check.problem;
      },
    },
  });
  const arnCheck = checkKmsArn(form.values.arn);
  const curl = useCurl(curlRequests.create(toInput(form.values)));

  const submit = form.onSubmit((values) => {
    create.mutate(toInput(values), {
      onSuccess: (provider) => {
        notify({
          color: 'green',
          title: 'Key registered',
          message: `${provider.name} is now a key provider of the tenant.`,
        });
        void navigate(paths.provider(provider.fingerprint));
      },
      onError: (error) => {
        const fieldError = fieldErrorOf(error, ['name', 'arn', 'description']);
        if (fieldError) form.setErrors(fieldError);
      },
    });
  });

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to={paths.providers} size="sm">
        ← Key providers
      </Anchor>
      <div>
        <Title order={1}>Register a key</Title>
        <Text c="dimmed" size="sm">
          Adds an AWS KMS key as a key provider. The tenant keeps using its current key until you
          migrate.
        </Text>
      </div>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">
              Type: <strong>AWS KMS</strong> (the only type Qlik Cloud accepts)
            </Text>
            <TextInput label="Name" required autoComplete="off" {...form.getInputProps('name')} />
            <TextInput
              label="KMS key ARN or alias ARN"
              required
              autoComplete="off"
              spellCheck={false}
              placeholder={KMS_ARN_EXAMPLE}
              description={
                arnCheck.ok
                  ? describeArn(arnCheck.arn)
                  : 'arn:aws:kms:<region>:<account>:key/<key-id> or …:alias/<name>'
              }
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              {...form.getInputProps('arn')}
            />
            {arnCheck.ok && <ArnHints arn={arnCheck.arn} tenantRegion={tenantRegion} />}
            <Textarea
              label="Description"
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps('description')}
            />
            {create.isError && (
              <>
                <ErrorAlert error={create.error} />
                <ExistingProviderLink error={create.error} arn={form.values.arn} />
              </>
            )}
            <Group justify="space-between">
              <CopyCurlButton command={curl} label="Copy registration as cURL" />
              <Group gap="xs">
                <Button component={Link} to={paths.providers} variant="default">
                  Cancel
                </Button>
                <Button type="submit" loading={create.isPending} disabled={readOnly}>
                  Register key
                </Button>
              </Group>
            </Group>
            {readOnly && (
              <Text size="sm" c="dimmed">
                {READ_ONLY_REASON}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
