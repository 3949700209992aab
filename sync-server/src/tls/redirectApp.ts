import { Hono } from 'hono';
import { securityHeaders } from '../http/securityHeaders';
import { setupRoutes, type SetupSource } from './setupRoutes';

/**
 * The plain-HTTP port beside HTTPS: /ca.crt and /setup (a tablet needs them before it trusts the
 * certificate), and a redirect to HTTPS for everything else. It never serves the app or the API:
 * a service worker or a token must never travel without TLS. The redirect keeps the host the
 * person typed only when the certificate names it, so a forged Host header cannot send anyone
 * to another site.
 */
export function redirectApp(source: SetupSource, options: { httpsPort: number; knownHosts: readonly string[]; primaryHost: string }) {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.route('/', setupRoutes(source));
  const known = new Set(options.knownHosts.map((h) => h.toLowerCase()));
  app.all('*', (c) => {
    const url = new URL(c.req.url);
    const asked = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const host = known.has(asked) ? asked : options.primaryHost;
    const port = options.httpsPort === 443 ? '' : `:${options.httpsPort}`;
    const target = `https://${host.includes(':') ? `[${host}]` : host}${port}${url.pathname}${url.search}`;
    // 308 keeps the method and body; Cache-Control keeps a browser from pinning a port that may change.
    return c.body(null, 308, { Location: target, 'Cache-Control': 'no-store' });
  });
  return app;
}
