import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './appEnv';

/** Vite names everything under /assets/ after its content: a new build never reuses a URL. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, the manifest, icons) is revalidated on every load, or updates never arrive. */
export const REVALIDATE_CACHE = 'no-cache';

const isHashedAsset = (path: string) => path.startsWith('/assets/');

/**
 * Cache policy and `Vary` for every static answer. `Vary: Accept-Encoding` is sent on the
 * uncompressed answer too: a shared cache that stored it must not hand it to a browser that asked
 * for brotli (nor the brotli bytes to one that did not).
 */
function cacheHeaders(c: Context, servedPath: string): void {
  c.header('Cache-Control', isHashedAsset(c.req.path) && !c.req.path.endsWith('/') ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
  if (!c.res.headers.get('Vary') && /\.(br|gz|zst)$|\.(js|css|html|json|webmanifest|svg|txt)$/.test(servedPath)) c.header('Vary', 'Accept-Encoding');
}

/**
 * Serves the built client (dist/client) on the app's origin: the precompressed .br or .gz file
 * made at build time when the browser accepts it (Content-Encoding set, never compressed per
 * request), hashed assets cached for a year, the rest revalidated. Client-side routes fall back
 * to index.html. Mounted after every /api route, so an unknown API path never gets the shell.
 */
export function mountStaticClient(app: Hono<AppEnv>, clientDir: string): void {
  const onFound = (path: string, c: Context) => cacheHeaders(c, path);
  const files: MiddlewareHandler<AppEnv> = serveStatic({ root: clientDir, precompressed: true, onFound });
  // A missing hashed asset is a 404, never the HTML shell: a browser would run HTML as a script.
  const shell: MiddlewareHandler<AppEnv> = serveStatic({ root: clientDir, path: 'index.html', precompressed: true, onFound });
  app.use('/*', files);
  app.get('*', async (c, next) => (isHashedAsset(c.req.path) ? c.notFound() : shell(c, next)));
}
