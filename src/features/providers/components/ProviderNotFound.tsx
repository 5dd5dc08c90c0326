import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { describeError } from '../../../api/describe-error.ts';
import { paths } from '../../../config/paths.ts';

/** 404 and 414 on a provider's address: a page, not an error box. */
export function ProviderNotFound({ error }: { error: unknown }) {
  const message = describeError(error);
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1}>Key provider not found</Title>
      <Text>{message.explanation}</Text>
      <Text>{message.next}</Text>
      <Button component={Link} to={paths.providers}>
        Back to key providers
      </Button>
    </Stack>
  );
}
