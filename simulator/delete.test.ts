import { describe, expect, it } from 'vitest';
import { API, CMK01, CMK02, errorOf, harness, REFERENCE_TENANT } from './test-support.ts';

type Provider = Record<string, unknown>;

describe('deleting a key provider', () => {
  it('deletes a key not in use and answers 204 without a body', async () => {
    const { call } = harness();
    const reply = await call('DELETE', `${API}/${CMK01}`);
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    expect((await call('GET', `${API}/${CMK01}`)).status).toBe(404);
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(list.body.map((p) => p.arnFingerPrint)).toEqual([REFERENCE_TENANT, CMK02]);
  });

  it('answers 424 for the current key', async () => {
    const { call } = harness();
    const reply = await call('DELETE', `${API}/${CMK02}`);
    expect(reply.status).toBe(424);
    expect(errorOf(reply).title).toBe('The requested key is being used and cannot be deleted');
    expect(errorOf(reply).detail).toMatch(/in use/);
  });

  it('answers 400 for the Qlik default', async () => {
    const { call } = harness();
    const reply = await call('DELETE', `${API}/${REFERENCE_TENANT}`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).detail).toBe('The Qlik managed key provider cannot be deleted');
  });

  it('answers 424 for the target of a running migration, then allows it once no longer current', async () => {
    const { call, advance } = harness({ migrationDurationMs: 1000 });
    expect((await call('POST', `${API}/${CMK01}/actions/migrate`)).status).toBe(200);
    const reply = await call('DELETE', `${API}/${CMK01}`);
    expect(reply.status).toBe(424);
    expect(errorOf(reply).detail).toMatch(/running migration/);
    advance(1000);
    expect((await call('DELETE', `${API}/${CMK01}`)).status).toBe(424);
    expect((await call('DELETE', `${API}/${CMK02}`)).status).toBe(204);
  });

  it('answers 404 for an unknown fingerprint', async () => {
    const { call } = harness();
    expect((await call('DELETE', `${API}/ffffffffffffffffffffffffffffffff`)).status).toBe(404);
  });
});
