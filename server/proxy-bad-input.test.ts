import { describe, expect, it } from 'vitest';
import { fingerprintCases, textCases } from '../src/testing/bad-input-corpus.ts';
import { createSimulator } from '../simulator/index.ts';
import { createApiProxy } from '../proxy/api-proxy.ts';
import { simulatorUpstream } from '../proxy/upstream.ts';

const API = 'http://localhost/api/v1/encryption/keyproviders';
const CMK01 = '9f352c5a9c1618485051892cb57467e4';

function proxiedTenant() {
  const simulator = createSimulator();
  return createApiProxy({ upstream: simulatorUpstream(simulator), apiKey: 'k', readOnly: false });
}

/**
 * Dot segments, or an encoded `%`, `?` or `#` (encodeURIComponent turns the corpus's `%2F`, `?` and
 * `#` into those): the proxy's own 404, which the console shows as "not found".
 */
const REFUSED_BY_PROXY = ['path traversal', 'encoded slash', 'query and fragment characters'];

describe('bad fingerprints through the proxy', () => {
  it.each(fingerprintCases)('$label answers $status', async (c) => {
    const proxy = proxiedTenant();
    const response = await proxy(new Request(`${API}/${encodeURIComponent(c.fingerprint)}`));
    expect(response.status).toBe(c.status);
    const refused = REFUSED_BY_PROXY.includes(c.label);
    expect(response.headers.get('x-cmk-proxy-error')).toBe(refused ? 'unsafe-path' : null);
  });
});

describe('names and descriptions through the proxy', () => {
  it.each(textCases)('name "$label" is accepted=$nameAccepted', async ({ value, nameAccepted }) => {
    const proxy = proxiedTenant();
    const response = await proxy(
      new Request(`${API}/${CMK01}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ op: 'replace', path: '/name', value }]),
      }),
    );
    expect(response.status).toBe(nameAccepted ? 204 : 400);
  });

  it.each(textCases)('description "$label" is accepted as it is', async ({ value }) => {
    const proxy = proxiedTenant();
    const patched = await proxy(
      new Request(`${API}/${CMK01}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ op: 'replace', path: '/description', value }]),
      }),
    );
    expect(patched.status).toBe(204);
    const read = await proxy(new Request(`${API}/${CMK01}`));
    expect(((await read.json()) as { description: string }).description).toBe(value);
  });
});
