import { describe, expect, it } from 'vitest';
import { API, CMK01, errorOf, harness, REFERENCE_TENANT } from './test-support.ts';

type Provider = Record<string, unknown>;

describe('editing a key provider', () => {
  it('replaces name and description and answers 204 without a body', async () => {
    const { call } = harness();
    const reply = await call('PATCH', `${API}/${CMK01}`, {
      body: [
        { op: 'replace', path: '/name', value: 'Finance' },
        { op: 'replace', path: '/description', value: 'Rotated yearly' },
      ],
    });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    const stored = await call<Provider>('GET', `${API}/${CMK01}`);
    expect(stored.body).toMatchObject({ name: 'Finance', description: 'Rotated yearly' });
  });

  it.each([
    ['an object, not an array', { op: 'replace', path: '/name', value: 'x' }, /JSON array/],
    ['an empty array', [], /non-empty/],
    ['another op', [{ op: 'add', path: '/name', value: 'x' }], /op must be "replace"/],
    ['another path', [{ op: 'replace', path: '/arn', value: 'x' }], /path must be/],
    ['a non-string value', [{ op: 'replace', path: '/name', value: 3 }], /value must be a string/],
    ['an empty name', [{ op: 'replace', path: '/name', value: '  ' }], /name cannot be empty/],
    ['no value', [{ op: 'replace', path: '/description' }], /value must be a string/],
    ['not an operation', ['replace'], /must be an object/],
  ])('answers 400 when the body is %s', async (_label, sent, problem) => {
    const { call } = harness();
    const reply = await call('PATCH', `${API}/${CMK01}`, { body: sent });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).title).toBe('Failed to decode key provider patch request payload');
    expect(errorOf(reply).detail).toMatch(problem);
    const stored = await call<Provider>('GET', `${API}/${CMK01}`);
    expect(stored.body.name).toBe('CMK - 01');
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { call } = harness();
    expect((await call('PATCH', `${API}/${CMK01}`, { body: '[{' })).status).toBe(400);
  });

  it('applies none of the operations when one is invalid', async () => {
    const { call } = harness();
    await call('PATCH', `${API}/${CMK01}`, {
      body: [
        { op: 'replace', path: '/name', value: 'Half done' },
        { op: 'remove', path: '/description', value: '' },
      ],
    });
    expect((await call<Provider>('GET', `${API}/${CMK01}`)).body.name).toBe('CMK - 01');
  });

  it('answers 417 for the Qlik default', async () => {
    const { call } = harness();
    const reply = await call('PATCH', `${API}/${REFERENCE_TENANT}`, {
      body: [{ op: 'replace', path: '/name', value: 'Mine' }],
    });
    expect(reply.status).toBe(417);
    expect(errorOf(reply).detail).toBe('The Qlik managed key provider cannot be edited');
  });

  it('answers 404 for an unknown fingerprint', async () => {
    const { call } = harness();
    const reply = await call('PATCH', `${API}/unknown`, {
      body: [{ op: 'replace', path: '/name', value: 'x' }],
    });
    expect(reply.status).toBe(404);
  });
});
