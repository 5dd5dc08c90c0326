// Test support: the refusals an attacker or a mistake can send, and a reader of the trail.
import { expect } from 'vitest';
import { MAX_REQUEST_BODY_BYTES } from '../../proxy/api-proxy-app.ts';

export const API = '/api/v1/encryption/keyproviders';
export const CMK02 = 'b5fe2c83b25f9e39487bca28f69e4210';
export const CMK01 = '9f352c5a9c1618485051892cb57467e4';
export const NEW_ARN =
  'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export type Call = (path: string, init?: RequestInit) => Promise<Response>;

const json = { 'content-type': 'application/json' };

/** Requests the console must answer itself; none may become an entry. */
export const REFUSALS: [string, string, RequestInit][] = [
  [
    'a form on another site',
    `${API}/actions/reset-to-default-provider`,
    {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '=HYPERLINK("https://evil.example")',
    },
  ],
  [
    'a cross-site delete',
    `${API}/${CMK02}`,
    { method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' } },
  ],
  ['not an operation', `${API}/${CMK02}/actions/delete`, { method: 'POST' }],
  ['a query string', `${API}/${CMK02}?force=1`, { method: 'DELETE' }],
  ['an encoded separator', `${API}/a%2F..%2F${CMK02}`, { method: 'DELETE' }],
  [
    'a body over the limit',
    API,
    {
      method: 'POST',
      headers: { ...json, 'content-length': String(MAX_REQUEST_BODY_BYTES + 1) },
      body: 'x'.repeat(MAX_REQUEST_BODY_BYTES + 1),
    },
  ],
];

export const registerBody = (name: string) =>
  JSON.stringify({ name, arn: NEW_ARN, keyprovider: 'AWS-KMS' });

export const register = (call: Call, prefix: string, name: string) =>
  call(`${prefix}${API}`, { method: 'POST', headers: json, body: registerBody(name) });

interface Entry {
  operation: string;
  actor: { id: string | null; name: string };
  provider: { name: string | null; fingerprint: string | null };
  outcome: { status: number; error: string | null };
}

export async function entriesOf(call: Call, prefix = '', init?: RequestInit): Promise<Entry[]> {
  const response = await call(`${prefix}/__console/activity`, init);
  expect(response.status).toBe(200);
  return ((await response.json()) as { entries: Entry[] }).entries;
}

/** Sends every refusal and checks the console answered each itself, with its marker. */
export async function sendRefusals(call: Call, prefix = '') {
  for (const [what, path, request] of REFUSALS) {
    const response = await call(`${prefix}${path}`, request);
    expect.soft(response.headers.get('x-cmk-proxy-error'), what).not.toBeNull();
    await response.body?.cancel();
  }
}
