import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { demoControl } from './demo-control.ts';
import { inPageTenant } from './in-page-tenant.ts';

const API = `${globalThis.location.origin}/api/v1/encryption/keyproviders`;

describe('the presenter’s fault for the next request', () => {
  it('leaves the background migration poll alone and fails the next thing, once', async () => {
    const simulator = createSimulator();
    const control = demoControl(simulator);
    const send = inPageTenant(simulator);
    await control.armFault('server-error');
    expect(await control.armedFault()).toBe('server-error');
    expect((await send(`${API}/migration/actions/details`)).status).toBe(200);
    expect((await send(`${API}/actions/list`)).status).toBe(503);
    expect(await control.armedFault()).toBe('none');
    expect((await send(`${API}/actions/list`)).status).toBe(200);
  });

  it('answers a timeout as the console server does when the tenant never replies', async () => {
    const simulator = createSimulator();
    await demoControl(simulator).armFault('timeout');
    const response = await inPageTenant(simulator)(API);
    expect(response.status).toBe(504);
    expect(response.headers.get('x-cmk-proxy-error')).toBe('timeout');
  });
});
