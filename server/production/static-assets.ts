import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { standardErrorResponse } from '../common/standard-error.ts';

/** Vite names every file under /assets/ by its content hash: a changed file is a new URL. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html and the unhashed files of public/: always ask whether they changed. */
export const REVALIDATE = 'no-cache';

/** Paths the server's own routes own: a miss there is a 404, never the app shell. */
// `/auth/done` is a page of the console (where "Sign in again" lands); the rest of /auth is the server's.
// A fleet tenant's console lives under `/t/<id>/`, its server routes too.
const SERVER_PATHS =
  /^(\/t\/[^/]+)?\/(api|__sim|__console)(\/|$)|^\/(auth(?!\/done$)|healthz)(\/|$)/;

/** A client route (`/providers/abc`), not a file (`/assets/x.js`) nor a dot folder (`/.vite`). */
function isClientRoute(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !SERVER_PATHS.test(path) && !last.includes('.');
}

const notFound = (c: Context) =>
  standardErrorResponse(404, {
    code: 'CMK-NOT-FOUND',
    title: 'Not found',
    detail: `Nothing is served at ${c.req.path}.`,
  });

/**
 * The built console: files with their precompressed .br/.gz twins, `index.html` for every client
 * route (deep links and reloads), 404 for anything else. Nothing under a dot folder is served
 * (`.vite/manifest.json` is for the build's own checks).
 */
export function staticAssets(clientDir: string): Hono {
  const app = new Hono();
  const files = serveStatic({
    root: clientDir,
    precompressed: true,
    onFound: (_path, c) => {
      c.header(
        'Cache-Control',
        c.req.path.startsWith('/assets/') ? HASHED_ASSET_CACHE : REVALIDATE,
      );
      if (!c.res.headers.has('Vary')) c.header('Vary', 'Accept-Encoding');
    },
  });
  const appShell = serveStatic({
    root: clientDir,
    path: 'index.html',
    precompressed: true,
    onFound: (_path, c) => {
      c.header('Cache-Control', REVALIDATE);
      if (!c.res.headers.has('Vary')) c.header('Vary', 'Accept-Encoding');
    },
  });
  app.use(async (c, next) => {
    if (c.req.path.split('/').some((segment) => segment.startsWith('.'))) return notFound(c);
    return next();
  });
  app.use(files);
  app.use(async (c, next) => (isClientRoute(c.req.path) ? appShell(c, next) : next()));
  app.all('*', notFound);
  return app;
}
