import { describe, expect, it } from 'vitest';
import { API, errorOf, harness } from './test-support.ts';

describe('authentication', () => {
  it('answers 401 with a StandardError when the Authorization header is missing', async () => {
    const { call } = harness();
    const reply = await call('GET', `${API}/actions/list`, { token: null });
    expect(reply.status).toBe(401);
    expect(errorOf(reply)).toMatchObject({
      code: 'Encryption-401',
      title: 'Unauthorized, invalid JWT',
      status: '401',
    });
    expect(errorOf(reply).detail).toMatch(/Authorization header is missing/);
  });

  it('answers 401 for an empty bearer token and for another scheme', async () => {
    const { call } = harness();
    const empty = await call('GET', API, { token: null, headers: { authorization: 'Bearer ' } });
    expect(empty.status).toBe(401);
    expect(errorOf(empty).detail).toMatch(/empty/);
    const basic = await call('GET', API, { token: null, headers: { authorization: 'Basic eDp5' } });
    expect(basic.status).toBe(401);
    expect(errorOf(basic).detail).toMatch(/Bearer scheme/);
  });

  it('accepts any non-empty token when no API key is configured', async () => {
    const { call } = harness();
    expect((await call('GET', API, { token: 'anything-at-all' })).status).toBe(200);
  });

  it('accepts only the configured API key when one is set', async () => {
    const { call } = harness({ apiKey: 'the-key' });
    const wrong = await call('GET', API, { token: 'another-key' });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong).detail).toMatch(/not a valid API key/);
    expect((await call('GET', API, { token: 'the-key' })).status).toBe(200);
  });

  it('protects the control API the same way', async () => {
    const { call } = harness({ apiKey: 'the-key' });
    expect((await call('GET', '/__sim/state', { token: null })).status).toBe(401);
    expect((await call('GET', '/__sim/state', { token: 'nope' })).status).toBe(401);
    expect((await call('GET', '/__sim/state', { token: 'the-key' })).status).toBe(200);
  });

  it('changes nothing when an unauthenticated request tries to write', async () => {
    const { call } = harness();
    const body = {
      name: 'Sneaky',
      arn: 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555',
      keyprovider: 'AWS-KMS',
    };
    expect((await call('POST', API, { token: null, body })).status).toBe(401);
    const list = await call<unknown[]>('GET', `${API}/actions/list`);
    expect(list.body).toHaveLength(3);
  });
});
