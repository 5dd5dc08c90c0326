import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeListener, UNUSABLE_HOST } from './node-listener.ts';
import { firstErrorCode, listen, rawRequest, type RunningServer } from './test-http.ts';

/** What the simulator throws to ask its host to cut the connection. */
class DroppedConnection extends Error {
  override name = 'DroppedConnection';
}

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function serve(
  handle: (request: Request) => Promise<Response>,
  log?: (line: string) => void,
) {
  const server = await listen(nodeListener(handle, { log: log ?? (() => undefined) }));
  running.push(server);
  return server;
}

describe('nodeListener', () => {
  it('gives the handler a normalised URL built from Host, the headers and the streamed body', async () => {
    let seen: { url: string; method: string; type: string | null; body: string } | undefined;
    const server = await serve(async (request) => {
      const body = await request.text();
      seen = {
        url: request.url,
        method: request.method,
        type: request.headers.get('x-type'),
        body,
      };
      return new Response('ok');
    });
    const port = new URL(server.url).port;
    await rawRequest(server.url, 'POST', '/a/../b/c?q=1', { 'x-type': 't' }, 'hello');
    expect(seen).toEqual({
      url: `http://127.0.0.1:${port}/b/c?q=1`,
      method: 'POST',
      type: 't',
      body: 'hello',
    });
  });

  it('ignores a Host header that would change the path', async () => {
    let url = '';
    const server = await serve((request) => {
      url = request.url;
      return Promise.resolve(new Response(null, { status: 204 }));
    });
    await rawRequest(server.url, 'GET', '/api/x', { host: 'evil.example/other?' });
    expect(url).toBe(`http://${UNUSABLE_HOST}/api/x`);
  });

  it('sends status, headers, every set-cookie and the body', async () => {
    const server = await serve(() => {
      const headers = new Headers({ 'content-type': 'text/plain', 'x-a': '1' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return Promise.resolve(new Response('body text', { status: 201, headers }));
    });
    const response = await rawRequest(server.url, 'GET', '/');
    expect(response.status).toBe(201);
    expect(response.body).toBe('body text');
    expect(response.headers['x-a']).toBe('1');
    expect(response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it.each([204, 205])('sends no body with %i', async (status) => {
    const server = await serve(() => Promise.resolve(new Response(null, { status })));
    const response = await rawRequest(server.url, 'GET', '/');
    expect(response.status).toBe(status);
    expect(response.body).toBe('');
  });

  it('cuts the connection when the handler throws DroppedConnection', async () => {
    const server = await serve(() => Promise.reject(new DroppedConnection()));
    await expect(rawRequest(server.url, 'GET', '/')).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('turns any other exception into a 500 StandardError, redacted in the log', async () => {
    const logged: string[] = [];
    const server = await listen(
      nodeListener(() => Promise.reject(new Error('boom with s3cret')), {
        redact: (text) => text.replaceAll('s3cret', '[REDACTED]'),
        log: (line) => logged.push(line),
      }),
    );
    running.push(server);
    const response = await rawRequest(server.url, 'GET', '/x');
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toContain('application/json');
    expect(firstErrorCode(response.body)).toBe('CMK-INTERNAL-ERROR');
    expect(response.body).not.toContain('s3cret');
    expect(logged.join()).toContain('boom with [REDACTED]');
  });

  it('aborts the request signal when the client goes away', async () => {
    let aborted: () => void = () => undefined;
    const sawAbort = new Promise<void>((resolve) => (aborted = resolve));
    const server = await serve(
      (request) =>
        new Promise<Response>(() => {
          request.signal.addEventListener('abort', aborted);
        }),
    );
    const client = httpRequest(`${server.url}/slow`);
    client.on('error', () => undefined);
    client.end();
    setTimeout(() => client.destroy(), 50);
    await sawAbort;
  });
});
