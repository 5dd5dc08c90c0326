import { useQuery } from '@tanstack/react-query';
import { isMigrationRunning } from '../../../api/model.ts';
import { migrationCheckQuery } from '../../../api/queries.ts';
import { passedValidation } from '../../../api/validation-log.ts';
import type { MigrationTarget } from './target.ts';
import { useKeyCheck } from './use-key-check.ts';

/**
 * Validates the target key (not for the Qlik default) and checks that nothing is running.
 * `fresh`: validate again when the step opens, even if this session validated the key before.
 */
export function usePreflight(target: MigrationTarget, { fresh }: { fresh: boolean }) {
  const fingerprint = target.kind === 'provider' ? target.provider.fingerprint : '';
  const keyCheck = useKeyCheck(fingerprint, { fresh });
  const running = useQuery(migrationCheckQuery());
  const key = keyCheck.result;
  const keyOk = target.kind === 'qlik-default' || (key !== undefined && passedValidation(key));
  const keyFailed = keyCheck.error !== null || (key !== undefined && !keyOk);
  const nothingRunning = running.isSuccess && !isMigrationRunning(running.data);
  return {
    keyCheck,
    running,
    keyOk,
    keyFailed,
    migrationRunning: running.isSuccess && isMigrationRunning(running.data),
    passed: keyOk && nothingRunning,
  };
}

export type Preflight = ReturnType<typeof usePreflight>;
