import { describe, expect, it } from 'vitest';
import { createSimulator } from '../simulator/index.ts';
import { createConsoleApp } from './console-app.ts';

const log = () => undefined;
type App = Awaited<ReturnType<typeof createConsoleApp>>;
const info = (app: App) =>
  Promise.resolve(app.request('http://localhost/__console/info')).then(
    (r) => r.json() as Promise<unknown>,
  );

describe('console info', () => {
  it('gives the embedded simulator’s region, following a scenario change', async () => {
    const mode = { kind: 'simulator', readOnly: false, migrationDurationMs: 1000 } as const;
    const app = await createConsoleApp(mode, { createSimulator, log });
    expect(await info(app)).toEqual({
      mode: 'simulator',
      auth: 'none',
      tenantUrl: null,
      readOnly: false,
      tenantRegion: 'us-east-1',
    });
    await app.request('http://localhost/__sim/scenario', {
      method: 'POST',
      body: JSON.stringify({ name: 'fresh' }),
    });
    expect(await info(app)).toMatchObject({ tenantRegion: 'eu-west-1' });
  });

  it('gives the configured region of a real tenant, and never the key', async () => {
    const mode = {
      kind: 'tenant',
      tenantUrl: 'https://acme.de.qlikcloud.com',
      apiKey: 'secret-key',
      readOnly: true,
      tenantRegion: 'eu-central-1',
    } as const;
    const app = await createConsoleApp(mode, { createSimulator, log });
    const body = await info(app);
    expect(body).toEqual({
      mode: 'tenant',
      auth: 'none',
      tenantUrl: 'https://acme.de.qlikcloud.com',
      readOnly: true,
      tenantRegion: 'eu-central-1',
    });
    expect(JSON.stringify(body)).not.toContain('secret-key');
  });
});
