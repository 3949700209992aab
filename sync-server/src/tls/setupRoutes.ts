import { Hono } from 'hono';
import { problemResponse } from '../http/problemResponse';
import { renderSetupPage, type SetupInfo } from './setupPage';

/** What the setup routes read at each request: renewal may change the server certificate, never the CA. */
export interface SetupSource {
  info(): SetupInfo;
  /** The local CA certificate (public), or undefined with the organisation's certificate. */
  caPem(): string | undefined;
}

/**
 * GET /ca.crt and GET /setup, public on both ports: a tablet needs them before it trusts
 * anything. They hold the CA certificate (public by nature), the addresses and the fingerprint:
 * no user, no document, never the keys.
 */
export function setupRoutes(source: SetupSource) {
  const routes = new Hono();
  routes.get('/ca.crt', (c) => {
    const pem = source.caPem();
    if (!pem) return problemResponse(c, 'not_found', '本服务器使用单位的正式证书 This server uses the organisation\'s certificate');
    // application/x-x509-ca-cert: iPadOS offers it as a profile, Android and Windows as a CA to install.
    return c.body(pem, 200, { 'Content-Type': 'application/x-x509-ca-cert', 'Content-Disposition': 'attachment; filename="anxun-ca.crt"', 'Cache-Control': 'no-cache' });
  });
  routes.get('/setup', (c) => c.html(renderSetupPage(source.info()), 200, { 'Cache-Control': 'no-cache' }));
  return routes;
}
