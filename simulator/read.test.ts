import { describe, expect, it } from 'vitest';
import { MAX_FINGERPRINT_LENGTH } from './index.ts';
import { API, CMK01, CMK02, errorOf, harness, REFERENCE_TENANT } from './test-support.ts';

type Provider = Record<string, unknown>;

describe('reading key providers', () => {
  it('GET /keyproviders answers a bare array of AWS keys without arnFingerPrint', async () => {
    const { call } = harness();
    const reply = await call<Provider[]>('GET', API);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Array.isArray(reply.body)).toBe(true);
    expect(reply.body.map((p) => p.name)).toEqual(['CMK - 01', 'CMK - 02']);
    for (const provider of reply.body) {
      expect(provider).not.toHaveProperty('arnFingerPrint');
      expect(provider.keyprovider).toBe('AWS-KMS');
    }
  });

  it('GET /actions/list answers a bare array including the Qlik default, all with fingerprints', async () => {
    const { call } = harness();
    const reply = await call<Provider[]>('GET', `${API}/actions/list`);
    expect(reply.body.map((p) => p.arnFingerPrint)).toEqual([REFERENCE_TENANT, CMK01, CMK02]);
  });

  it('leaves current out, rather than false, on providers not in use', async () => {
    const { call } = harness();
    const list = await call<Provider[]>('GET', `${API}/actions/list`);
    const [qlik, cmk01, cmk02] = list.body;
    expect(qlik).not.toHaveProperty('current');
    expect(cmk01).not.toHaveProperty('current');
    expect(cmk02).toHaveProperty('current', true);
    expect(list.text).not.toContain('"current":false');
  });

  it('gets one provider by fingerprint, the Qlik default included', async () => {
    const { call } = harness();
    const cmk = await call<Provider>('GET', `${API}/${CMK01}`);
    expect(cmk.status).toBe(200);
    expect(cmk.body).toMatchObject({ name: 'CMK - 01', arnFingerPrint: CMK01 });
    const qlik = await call<Provider>('GET', `${API}/${REFERENCE_TENANT}`);
    expect(qlik.body).toMatchObject({ name: 'Qlik Internal Kms', createdAt: 'Qlik managed' });
  });

  it('answers 404 for an unknown fingerprint', async () => {
    const { call } = harness();
    const reply = await call('GET', `${API}/00000000000000000000000000000000`);
    expect(reply.status).toBe(404);
    expect(errorOf(reply)).toMatchObject({
      code: 'Encryption-404',
      title: 'No entry match for the fingerprint was found',
    });
  });
});

describe('fingerprint length limit', () => {
  const tooLong = 'a'.repeat(MAX_FINGERPRINT_LENGTH + 1);
  const atLimit = 'a'.repeat(MAX_FINGERPRINT_LENGTH);

  it('is 64 characters', () => {
    expect(MAX_FINGERPRINT_LENGTH).toBe(64);
  });

  it.each([
    ['GET', ''],
    ['PATCH', ''],
    ['DELETE', ''],
    ['POST', '/actions/migrate'],
    ['POST', '/actions/test'],
  ])('answers 414 on %s /{fp}%s beyond the limit, 404 at it', async (method, suffix) => {
    const { call } = harness();
    const body = method === 'PATCH' ? [{ op: 'replace', path: '/name', value: 'x' }] : undefined;
    const over = await call(method, `${API}/${tooLong}${suffix}`, { body });
    expect(over.status).toBe(414);
    expect(errorOf(over)).toMatchObject({ title: 'Requested fingerprint length is too large' });
    expect(errorOf(over).detail).toContain('65');
    expect((await call(method, `${API}/${atLimit}${suffix}`, { body })).status).toBe(404);
  });
});

describe('routing', () => {
  it('answers 404 with a StandardError for an unknown route under the API', async () => {
    const { call } = harness();
    const reply = await call('GET', '/api/v1/encryption/keys');
    expect(reply.status).toBe(404);
    expect(errorOf(reply).detail).toContain('/api/v1/encryption/keys');
    expect((await call('GET', `${API}/${CMK01}/actions/rotate`)).status).toBe(404);
  });

  it('answers 405 with Allow for a wrong method on a known path', async () => {
    const { call } = harness();
    const reply = await call('PUT', `${API}/${CMK01}`);
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('GET, PATCH, DELETE');
    expect(errorOf(reply).title).toBe('Method Not Allowed');
    expect((await call('POST', `${API}/actions/list`)).status).toBe(405);
    expect((await call('GET', `${API}/actions/reset-to-default-provider`)).status).toBe(405);
  });

  it('answers 404 outside the API and control prefixes', async () => {
    const { call } = harness();
    expect((await call('GET', '/api/v1/users/me')).status).toBe(404);
  });

  it('tolerates a trailing slash', async () => {
    const { call } = harness();
    expect((await call('GET', `${API}/actions/list/`)).status).toBe(200);
  });
});
