import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

/** A reset throws the presenter's story away, so it asks first (focus on the harmless answer). */
export function ResetToStart({
  disabled,
  onReset,
}: {
  disabled: boolean;
  onReset: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const stopConfirming = () => {
    setConfirming(false);
    requestAnimationFrame(() => start.current?.focus());
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="sm" fw={500}>
        Start over
      </Title>
      {confirming ? (
        <Alert color="red" variant="light" title="Reset the demo to its start?">
          <Text size="sm">
            Every key registered, edited or deleted and any running migration are lost; the
            documented tenant comes back at the 1 min migration speed.
          </Text>
          <Group mt="sm">
            <Button ref={cancel} variant="default" onClick={stopConfirming}>
              Cancel
            </Button>
            <Button
              color="red"
              disabled={disabled}
              onClick={() => {
                void onReset().then(stopConfirming);
              }}
            >
              Reset
            </Button>
          </Group>
        </Alert>
      ) : (
        <Button
          ref={start}
          variant="outline"
          color="red"
          disabled={disabled}
          onClick={() => {
            setConfirming(true);
          }}
        >
          Reset to start…
        </Button>
      )}
    </Stack>
  );
}
