import { Button, Group, Text } from '@mantine/core';
import { describeError } from '../../../api/describe-error.ts';

interface OlderPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => unknown;
}

/** The button that asks the console's server for the next (older) page of the log. */
export function LoadOlderEntries({ pages }: { pages: OlderPages }) {
  if (!pages.hasNextPage) return null;
  return (
    <Group gap="sm">
      <Button
        variant="default"
        loading={pages.isFetchingNextPage}
        onClick={() => void pages.fetchNextPage()}
      >
        Load older entries
      </Button>
      {pages.isFetchNextPageError && !pages.isFetchingNextPage && (
        <Text size="sm" c="red.8" role="alert">
          {describeError(pages.error).title}. The older entries were not loaded; try again.
        </Text>
      )}
    </Group>
  );
}
