import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { closeGracefully } from './graceful-shutdown.ts';
import { listenOrRefuse } from './listen-or-refuse.ts';

describe('closeGracefully', () => {
  it('cuts what still runs after the grace period, and says so', async () => {
    const server = createServer(() => undefined); // never answers
    const url = await listenOrRefuse(server, 0, '127.0.0.1');
    const hanging = fetch(url).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await closeGracefully(server, 200)).toBe('cut');
    expect(await hanging).toBeInstanceOf(Error);
  });

  it('closes idle keep-alive connections at once', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    const url = await listenOrRefuse(server, 0, '127.0.0.1');
    await (await fetch(url)).text();
    const started = Date.now();
    expect(await closeGracefully(server, 5000)).toBe('drained');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
