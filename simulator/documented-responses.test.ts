// The 51 (operation, status) pairs of the API reference: which the simulator answers by itself
// (covered by the other tests) and which only an injected fault produces (checked here).
import { describe, expect, it } from 'vitest';
import { API, CMK01, errorOf, harness } from './test-support.ts';
import { TITLES, type OperationId } from './titles.ts';

const REQUESTS: Record<OperationId, [string, string]> = {
  listAwsKeyProviders: ['GET', API],
  createKeyProvider: ['POST', API],
  getKeyProvider: ['GET', `${API}/${CMK01}`],
  patchKeyProvider: ['PATCH', `${API}/${CMK01}`],
  deleteKeyProvider: ['DELETE', `${API}/${CMK01}`],
  migrateKeyProvider: ['POST', `${API}/${CMK01}/actions/migrate`],
  testKeyProvider: ['POST', `${API}/${CMK01}/actions/test`],
  listKeyProviders: ['GET', `${API}/actions/list`],
  resetToDefaultProvider: ['POST', `${API}/actions/reset-to-default-provider`],
  getMigrationDetails: ['GET', `${API}/migration/actions/details`],
};

/** 200 or 201 or 204 per operation, and both 200 and 205 for reset. */
const SUCCESSES = 11;

/** Pairs no rule of the simulator produces; a fault with just `status` yields them, titled. */
const FAULT_ONLY: [OperationId, number][] = [
  ['listAwsKeyProviders', 400],
  ['listAwsKeyProviders', 417],
  ['getKeyProvider', 400],
  ['deleteKeyProvider', 417],
  ['testKeyProvider', 400],
  ['listKeyProviders', 400],
  ['listKeyProviders', 417],
  ['resetToDefaultProvider', 412],
  ['resetToDefaultProvider', 424],
  ['getMigrationDetails', 400],
  ['getMigrationDetails', 417],
];

describe('documented responses', () => {
  it('add up to the 51 pairs of the reference', () => {
    const errorPairs = Object.values(TITLES).reduce((sum, t) => sum + Object.keys(t).length, 0);
    expect(errorPairs + SUCCESSES).toBe(51);
  });

  it.each(FAULT_ONLY)('%s %i comes from a fault with the reference title', async (op, status) => {
    const { call } = harness();
    const [method, path] = REQUESTS[op];
    await call('POST', '/__sim/faults', { body: { method, path: `/^${path}$/`, status } });
    const reply = await call(method, path);
    expect(reply.status).toBe(status);
    const titles: Record<number, string> = TITLES[op];
    expect(errorOf(reply)).toMatchObject({ code: `Encryption-${status}`, title: titles[status] });
  });
});
