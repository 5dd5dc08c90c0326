import type { paths } from '../src/api/schema.d.ts';
import { authenticate } from './auth.ts';
import type { SimContext } from './context.ts';
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
import { dispatch, findEndpoint, type Endpoint, type Handler, type Route } from './router.ts';
import type { OperationId } from './titles.ts';

type ApiRoute = Route<SimContext> & { template: keyof paths };

function endpoint(operation: OperationId, handle: Handler<SimContext>): Endpoint<SimContext> {
  return { operation, handle };
}

/** Literal paths first, so `actions` is never taken for a fingerprint. */
const API_ROUTES: ApiRoute[] = [
  {
    template: '/api/v1/encryption/keyproviders',
    methods: {
      GET: endpoint('listAwsKeyProviders', listAwsKeyProviders),
      POST: endpoint('createKeyProvider', createKeyProvider),
    },
  },
  {
    template: '/api/v1/encryption/keyproviders/actions/list',
    methods: { GET: endpoint('listKeyProviders', listKeyProviders) },
  },
  {
    template: '/api/v1/encryption/keyproviders/actions/reset-to-default-provider',
    methods: { POST: endpoint('resetToDefaultProvider', resetToDefaultProvider) },
  },
  {
    template: '/api/v1/encryption/keyproviders/migration/actions/details',
    methods: { GET: endpoint('getMigrationDetails', getMigrationDetails) },
  },
  {
    template: '/api/v1/encryption/keyproviders/{arnFingerPrint}',
    methods: {
      GET: endpoint('getKeyProvider', getKeyProvider),
      PATCH: endpoint('patchKeyProvider', patchKeyProvider),
      DELETE: endpoint('deleteKeyProvider', deleteKeyProvider),
    },
  },
  {
    template: '/api/v1/encryption/keyproviders/{arnFingerPrint}/actions/migrate',
    methods: { POST: endpoint('migrateKeyProvider', migrateKeyProvider) },
  },
  {
    template: '/api/v1/encryption/keyproviders/{arnFingerPrint}/actions/test',
    methods: { POST: endpoint('testKeyProvider', testKeyProvider) },
  },
];

export async function handleApi(ctx: SimContext, request: Request, pathname: string) {
  const denied = authenticate(ctx, request);
  if (denied) return denied;
  settle(ctx.tenant.migration, ctx.tenant.providers, ctx.now());
  return dispatch(API_ROUTES, ctx, request, pathname);
}

/** The OpenAPI operationId a request addresses, if any. */
export function operationOf(method: string, pathname: string): OperationId | undefined {
  const found = findEndpoint(API_ROUTES, method, pathname);
  return found instanceof Response ? undefined : (found.endpoint.operation as OperationId);
}
