import { Button, CloseButton, Group, Paper, Text, Title } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { TOUR_STEPS } from './tour-steps.ts';
import { useTourHighlight } from './use-tour-highlight.ts';

/**
 * A few steps for first-time viewers. Not modal: the page stays usable and visible, each step
 * outlines what it talks about. Escape or Close ends it; focus moves to each step's title.
 */
export function GuidedTour({ onClose }: { onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const step = TOUR_STEPS[index] ?? TOUR_STEPS[0];
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });
  // Only a new step moves the page: navigating elsewhere during a step must not bring it back.
  const goTo = useEffectEvent((path: string) => void navigate(path));
  useEffect(() => {
    const path = typeof step?.path === 'function' ? step.path() : step?.path;
    if (path) goTo(path);
    heading.current?.focus();
  }, [step]);
  useTourHighlight(step?.target);
  if (!step) return null;
  const last = index === TOUR_STEPS.length - 1;
  return (
    <Paper
      role="dialog"
      aria-labelledby="demo-tour-title"
      aria-describedby="demo-tour-body"
      withBorder
      shadow="xl"
      p="md"
      radius="md"
      className="demo-tour"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} size="h4" id="demo-tour-title" ref={heading} tabIndex={-1}>
          {step.title}
        </Title>
        <CloseButton aria-label="End the tour" onClick={onClose} />
      </Group>
      <Text size="sm" mt="xs" id="demo-tour-body">
        {step.body}
      </Text>
      <Group justify="space-between" mt="md">
        <Text size="xs" c="dimmed">
          Step {index + 1} of {TOUR_STEPS.length}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            disabled={index === 0}
            onClick={() => {
              setIndex(index - 1);
            }}
          >
            Back
          </Button>
          <Button
            onClick={() => {
              if (last) onClose();
              else setIndex(index + 1);
            }}
          >
            {last ? 'Finish' : 'Next'}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
