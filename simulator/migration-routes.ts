import { OPERATIONS } from '../src/api/operations.gen.ts';
import { currentProvider, findProvider, isQlikDefault, type SimContext } from './context.ts';
import { apiError } from './errors.ts';
import { json, noBody } from './http.ts';
import { migrationFailure } from './kms.ts';
import { providerFromPath } from './lookup.ts';
import { isRunning, toDetails, toStartedMigration } from './migration.ts';
import { startMigration } from './migration-start.ts';
import type { RouteParams } from './handler.ts';

export function migrateKeyProvider(ctx: SimContext, _request: Request, params: RouteParams) {
  const target = providerFromPath(ctx, params.arnFingerPrint, 'migrateKeyProvider');
  if (target instanceof Response) return target;
  if (isQlikDefault(ctx, target.arnFingerPrint)) {
    const { method, path } = OPERATIONS.resetToDefaultProvider;
    const detail = `The Qlik managed key provider is not a migration target; use ${method} ${path}`;
    return apiError('migrateKeyProvider', 400, detail);
  }
  const running = runningMigrationDetail(ctx);
  if (running) return apiError('migrateKeyProvider', 428, running);
  if (target.current) {
    const detail = `"${target.name}" is already the current key provider; there is nothing to migrate`;
    return apiError('migrateKeyProvider', 400, detail);
  }
  const failure = migrationFailure(target.arn, ctx.tenant.drRegion);
  if (failure) return apiError('migrateKeyProvider', failure.status, failure.detail);
  return json(200, toStartedMigration(startMigration(ctx, target)));
}

export function resetToDefaultProvider(ctx: SimContext) {
  const running = runningMigrationDetail(ctx);
  if (running) return apiError('resetToDefaultProvider', 406, running);
  if (isQlikDefault(ctx, currentProvider(ctx)?.arnFingerPrint)) {
    return json(200, {
      message: 'Tenant is already using Qlik managed key provider, no action taken',
    });
  }
  const qlikDefault = findProvider(ctx, ctx.tenant.tenantId);
  if (!qlikDefault) {
    return apiError('resetToDefaultProvider', 412, 'The tenant has no Qlik managed key provider');
  }
  startMigration(ctx, qlikDefault);
  return noBody(205);
}

export function getMigrationDetails(ctx: SimContext) {
  const { migration } = ctx.tenant;
  if (!migration) {
    const detail = 'No key migration has ever run for this tenant';
    return apiError('getMigrationDetails', 404, detail);
  }
  return json(200, toDetails(migration, ctx.now()));
}

function runningMigrationDetail(ctx: SimContext): string | null {
  const { migration } = ctx.tenant;
  if (!migration || !isRunning(migration, ctx.now())) return null;
  return `Migration ${migration.id} to ${migration.migratingTo} is still running; wait until it completes`;
}
