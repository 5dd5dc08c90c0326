import {
  matchOperation,
  matchPath,
  methodsOf,
  type OperationId,
} from '../src/api/operations.gen.ts';
import { authenticate } from './auth.ts';
import type { SimContext } from './context.ts';
import { methodNotAllowed, routeNotFound } from './errors.ts';
import { safeDecode, withoutTrailingSlash, type Handler } from './handler.ts';
import {
  getMigrationDetails,
  migrateKeyProvider,
  resetToDefaultProvider,
} from './migration-routes.ts';
import { settle } from './migration.ts';
import { createKeyProvider } from './provider-create.ts';
import { deleteKeyProvider } from './provider-delete.ts';
import { patchKeyProvider } from './provider-patch.ts';
import { testKeyProvider } from './provider-test.ts';
import { getKeyProvider, listAwsKeyProviders, listKeyProviders } from './providers-read.ts';

/** One handler per operation of the description: a new operation does not compile without one. */
export const API_HANDLERS: { [O in OperationId]: Handler<SimContext> } = {
  listAwsKeyProviders,
  createKeyProvider,
  getKeyProvider,
  patchKeyProvider,
  deleteKeyProvider,
  migrateKeyProvider,
  testKeyProvider,
  listKeyProviders,
  resetToDefaultProvider,
  getMigrationDetails,
};

/** The OpenAPI operationId a request addresses, if any. */
export function operationOf(method: string, pathname: string): OperationId | undefined {
  return matchOperation(method.toUpperCase(), withoutTrailingSlash(pathname))?.operationId;
}

export async function handleApi(ctx: SimContext, request: Request, pathname: string) {
  const denied = authenticate(ctx, request);
  if (denied) return denied;
  settle(ctx.tenant.migration, ctx.tenant.providers, ctx.now());
  const path = withoutTrailingSlash(pathname);
  const found = matchPath(path);
  if (!found) return routeNotFound(request.method, path);
  const operation = matchOperation(request.method.toUpperCase(), path);
  if (!operation) return methodNotAllowed(request.method, path, methodsOf(found.path));
  const arnFingerPrint = safeDecode(operation.params.arnFingerPrint ?? '');
  return API_HANDLERS[operation.operationId](ctx, request, { arnFingerPrint });
}
