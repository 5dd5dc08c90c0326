import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { API_HANDLERS } from './api.ts';
import { errorOf, harness } from './test-support.ts';
import { GENERIC_TITLES } from './titles.ts';

type PathItem = Record<string, { operationId?: string }>;
const spec = parse(readFileSync('openapi/encryption.yaml', 'utf8')) as {
  paths: Record<string, PathItem>;
};
const described = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).flatMap(([method, operation]) =>
    operation.operationId
      ? [{ operationId: operation.operationId, method: method.toUpperCase(), path }]
      : [],
  ),
);

describe('every operation of openapi/encryption.yaml', () => {
  it.each(described.map((operation) => [operation.operationId, operation] as const))(
    '%s has a handler and an answer other than "no route"',
    async (operationId, { method, path }) => {
      expect(Object.keys(API_HANDLERS)).toContain(operationId);
      const reply = await harness().call(method, path.replace('{arnFingerPrint}', 'fp-unknown'));
      const notRouted =
        reply.status === 404 && errorOf(reply).title === GENERIC_TITLES.routeNotFound;
      expect(reply.status).not.toBe(405);
      expect(notRouted).toBe(false);
    },
  );
});
