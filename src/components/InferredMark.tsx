import { VisuallyHidden } from '@mantine/core';

export const INFERRED_EXPLANATION =
  'The tenant did not record this date; it is when the next key became current.';

/** " (inferred)" after a date, with the why for screen readers and on hover. */
export function InferredMark() {
  return (
    <span title={INFERRED_EXPLANATION}>
      {' (inferred'}
      <VisuallyHidden>: {INFERRED_EXPLANATION}</VisuallyHidden>)
    </span>
  );
}
