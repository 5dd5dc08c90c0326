import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { readOverview } from './look-at-tenant.ts';

const json = { 'content-type': 'application/json' };
const part = (status: number, body: unknown, headers: Record<string, string> = json) => ({
  status,
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const provider = {
  name: 'CMK - 02',
  arn: 'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c-fb34-464a-8ea6-d867fd3b9438',
  arnFingerPrint: 'b5fe2c83b2',
  keyprovider: 'AWS-KMS',
  current: true,
};
const failure = (code: string) => ({ errors: [{ code, title: 'x' }] });

describe('readOverview', () => {
  it('reads both answers; a 404 on details is "no migration ever ran"', async () => {
    const look = await readOverview({
      list: part(200, [provider]),
      details: part(404, failure('Encryption-404')),
    });
    expect(look.providers.map((p) => p.name)).toEqual(['CMK - 02']);
    expect(look.migration).toBeNull();
  });

  it('turns a failed part into the ApiError the client would have thrown', async () => {
    const unreachable = readOverview({
      list: part(502, failure('CMK-PROXY-UNREACHABLE'), {
        ...json,
        'x-cmk-proxy-error': 'unreachable',
      }),
      details: part(502, failure('CMK-PROXY-UNREACHABLE')),
    });
    await expect(unreachable).rejects.toMatchObject({ kind: 'unreachable', status: 502 });
    const busy = readOverview({
      list: part(429, failure('TooMany'), { ...json, 'retry-after': '2' }),
      details: part(200, {}),
    });
    await expect(busy).rejects.toMatchObject({ status: 429, retryAfterMs: 2000 });
    const refused = readOverview({ list: part(200, [provider]), details: part(401, failure('x')) });
    await expect(refused).rejects.toMatchObject({ status: 401, operation: 'getMigrationDetails' });
  });

  it('says an unreadable answer is unreadable', async () => {
    await expect(readOverview({ list: part(200, '<html>') })).rejects.toBeInstanceOf(ApiError);
    await expect(readOverview('nonsense')).rejects.toMatchObject({ kind: 'malformed' });
  });
});
