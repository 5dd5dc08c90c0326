import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

/** Each step's heading takes focus when the step opens, so keyboard and screen reader users follow. */
export function StepHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [children]);
  return (
    <Title order={2} size="h3" ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}
