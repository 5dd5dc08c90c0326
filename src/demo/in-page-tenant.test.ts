import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { inPageTenant } from './in-page-tenant.ts';

const origin = globalThis.location.origin;

describe('the in-page tenant', () => {
  it('answers the API without an API key, as the console sends it', async () => {
    const send = inPageTenant(createSimulator());
    const response = await send(`${origin}/api/v1/encryption/keyproviders/actions/list`);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(3);
  });

  it('answers what the console server would say about the tenant', async () => {
    const send = inPageTenant(createSimulator({ scenario: 'fresh' }));
    const response = await send(`${origin}/__console/info`);
    expect(await response.json()).toStrictEqual({
      mode: 'simulator',
      auth: 'none',
      tenantUrl: null,
      readOnly: false,
      tenantRegion: 'eu-west-1',
      tenants: [],
      tenant: null,
    });
  });

  it('keeps the activity log a console server would keep, newest first', async () => {
    const send = inPageTenant(createSimulator());
    const cmk01 = `${origin}/api/v1/encryption/keyproviders/9f352c5a9c1618485051892cb57467e4`;
    const patch = [{ op: 'replace', path: '/description', value: 'demo' }];
    await send(cmk01, { method: 'PATCH', body: JSON.stringify(patch) });
    await send(cmk01, { method: 'DELETE' });
    await send(`${origin}/api/v1/encryption/keyproviders/actions/list`);
    type Page = {
      entries: {
        operation: string;
        actor: { name: string };
        provider: { name: string | null };
        outcome: { status: number; error: string | null };
      }[];
      nextCursor: string | null;
    };
    const page = async (query: string) =>
      (await (await send(`${origin}/__console/activity${query}`)).json()) as Page;
    const newest = await page('?limit=1');
    expect(
      newest.entries.map((e) => [e.operation, e.actor.name, e.provider.name, e.outcome.status]),
    ).toEqual([['deleteKeyProvider', 'Presenter (demo)', 'CMK - 01', 204]]);
    const older = await page(`?limit=1&cursor=${newest.nextCursor ?? ''}`);
    expect(older.entries.map((e) => [e.operation, e.provider.name])).toEqual([
      ['patchKeyProvider', 'CMK - 01'],
    ]);
    expect(older.nextCursor).toBeNull();
    expect((await send(`${origin}/__console/activity?limit=9999`)).status).toBe(400);
  });

  it('names a registered key as the simulated tenant answered, not as the request said', async () => {
    const send = inPageTenant(createSimulator());
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    await send(`${origin}/api/v1/encryption/keyproviders`, {
      method: 'POST',
      body: JSON.stringify({ name: 'Finance', arn, keyprovider: 'AWS-KMS' }),
    });
    await send(`${origin}/api/v1/encryption/keyproviders`, {
      method: 'POST',
      body: JSON.stringify({ name: '=HYPERLINK("x")', arn: 'not an arn', keyprovider: 'AWS-KMS' }),
    });
    const { entries } = (await (await send(`${origin}/__console/activity`)).json()) as {
      entries: { provider: { name: string | null }; outcome: { status: number } }[];
    };
    expect(entries.map((e) => [e.provider.name, e.outcome.status])).toEqual([
      [null, 417],
      ['Finance', 201],
    ]);
  });

  it('turns a dropped connection into the network error fetch gives', async () => {
    const simulator = createSimulator();
    const send = inPageTenant(simulator);
    await send(`${origin}/__sim/faults`, { method: 'POST', body: JSON.stringify({ drop: true }) });
    await expect(send(`${origin}/api/v1/encryption/keyproviders`)).rejects.toThrow(TypeError);
  });
});
