import { describe, expect, it } from 'vitest';
import { createSimulator } from '../simulator/index.ts';
import { createConsoleRoutes } from './console-routes.ts';

const log = () => undefined;
const info = (handler: (request: Request) => Promise<Response>) =>
  handler(new Request('http://console.local/__console/info')).then(
    (r) => r.json() as Promise<unknown>,
  );

describe('console info', () => {
  it('gives the embedded simulator’s region, following a scenario change', async () => {
    const mode = { kind: 'simulator', readOnly: false, migrationDurationMs: 1000 } as const;
    const routes = await createConsoleRoutes(mode, { createSimulator, log });
    expect(await info(routes.info)).toEqual({
      mode: 'simulator',
      tenantUrl: null,
      readOnly: false,
      tenantRegion: 'us-east-1',
    });
    await routes.control(
      new Request('http://console.local/__sim/scenario', {
        method: 'POST',
        body: JSON.stringify({ name: 'fresh' }),
      }),
    );
    expect(await info(routes.info)).toMatchObject({ tenantRegion: 'eu-west-1' });
  });

  it('gives the configured region of a real tenant, and never the key', async () => {
    const mode = {
      kind: 'tenant',
      tenantUrl: 'https://acme.de.qlikcloud.com',
      apiKey: 'secret-key',
      readOnly: true,
      tenantRegion: 'eu-central-1',
    } as const;
    const routes = await createConsoleRoutes(mode, { createSimulator, log });
    const body = await info(routes.info);
    expect(body).toEqual({
      mode: 'tenant',
      tenantUrl: 'https://acme.de.qlikcloud.com',
      readOnly: true,
      tenantRegion: 'eu-central-1',
    });
    expect(JSON.stringify(body)).not.toContain('secret-key');
  });
});
