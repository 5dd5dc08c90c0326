// A plain static host, as GitHub Pages or a bucket is: files under a sub-path, no rewrites, and
// the site root's 404.html (with status 404) for every path that has no file.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export function startStaticSite({
  root,
  base,
  port,
}: {
  root: string;
  base: string;
  port: number;
}) {
  const fileFor = (pathname: string): string | null => {
    if (!pathname.startsWith(base)) return null;
    const relative = decodeURIComponent(pathname.slice(base.length)) || 'index.html';
    const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
    return file.startsWith(normalize(root) + sep) ? file : null;
  };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://site');
    if (`${pathname}/` === base) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    const file = fileFor(pathname);
    const send = (status: number, path: string, body: Buffer) => {
      response.writeHead(status, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    (file ? readFile(file) : Promise.reject(new Error('outside the site')))
      .then((body) => {
        send(200, file ?? '', body);
      })
      .catch(async () => {
        const notFound = join(root, '404.html');
        send(404, notFound, await readFile(notFound).catch(() => Buffer.from('Not found')));
      });
  });
  server.listen(port, '127.0.0.1');
  return server;
}

const { DEMO_SITE_DIR, DEMO_SITE_BASE, DEMO_SITE_PORT } = process.env;
if (DEMO_SITE_DIR && DEMO_SITE_BASE && DEMO_SITE_PORT) {
  startStaticSite({ root: DEMO_SITE_DIR, base: DEMO_SITE_BASE, port: Number(DEMO_SITE_PORT) });
}
