import { Stack, Text, TextInput } from '@mantine/core';

interface CurrentOnPickerProps {
  value: string;
  onChange: (value: string) => void;
  /** The answer in words; announced when it changes. */
  answer: string;
}

/** "Which key was current on …": a UTC date and time; the timeline highlights the period. */
export function CurrentOnPicker({ value, onChange, answer }: CurrentOnPickerProps) {
  return (
    <Stack gap="xs">
      <TextInput
        type="datetime-local"
        label="Which key was current on … (UTC)"
        description="Pick a date and time; the period that covers it is highlighted below."
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
        maw={320}
      />
      <Text size="sm" role="status" aria-live="polite" fw={answer ? 600 : undefined}>
        {answer}
      </Text>
    </Stack>
  );
}
