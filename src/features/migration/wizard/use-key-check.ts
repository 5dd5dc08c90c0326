import { useEffect, useRef, useState } from 'react';
import { useValidateProvider } from '../../../api/validate-provider.ts';
import { useLastValidation } from '../../../api/validation-log.ts';

/**
 * The target key's validation, through the same mutation as the providers' Validate action: sent
 * once when the step opens (`fresh`) or when this session has no result yet, and on `rerun`.
 * Nothing else sends it: window focus, a cache refresh or StrictMode's second effect run do not.
 */
export function useKeyCheck(fingerprint: string, { fresh }: { fresh: boolean }) {
  const validate = useValidateProvider(fingerprint);
  const recorded = useLastValidation(fingerprint);
  const [openedAt] = useState(() => Date.now());
  const startedFor = useRef<string | null>(null);
  const { mutate } = validate;
  const current =
    recorded && (!fresh || recorded.at.getTime() >= openedAt) ? recorded.provider : undefined;

  useEffect(() => {
    if (fingerprint === '' || startedFor.current === fingerprint || current) return;
    startedFor.current = fingerprint;
    mutate();
  }, [fingerprint, current, mutate]);

  return {
    /** Waiting for the first answer since the step opened. */
    pending: fingerprint !== '' && current === undefined && !validate.isError,
    rerunning: validate.isPending,
    error: validate.isError ? validate.error : null,
    result: validate.isError ? undefined : current,
    rerun: () => {
      mutate();
    },
  };
}
