import { Group, Stack, Text } from '@mantine/core';
import { useId, type ReactElement, type ReactNode } from 'react';

interface ActionWithReasonProps {
  /** Renders the control; `describedBy` links it to the explanation below. */
  control: (props: { disabled: boolean; describedBy: string }) => ReactElement;
  /** Why the action is not available now, in words; the control is disabled while set. */
  reason?: ReactNode;
  /** What the action does, shown when it is available. */
  description?: ReactNode;
  extra?: ReactNode;
}

/** An action with its explanation next to it: what it does, or why it cannot be used now. */
export function ActionWithReason({ control, reason, description, extra }: ActionWithReasonProps) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {control({ disabled: Boolean(reason), describedBy: id })}
        {extra}
      </Group>
      <Text id={id} size="sm" c={reason ? undefined : 'dimmed'}>
        {reason ?? description}
      </Text>
    </Stack>
  );
}
