import { readFileSync } from 'node:fs';
import { request } from 'node:https';

/**
 * An HTTPS request from the test itself that trusts only the server's CA file and connects to
 * 127.0.0.1 while verifying the certificate for the URL's name (as the browser's resolver rule
 * does), without turning certificate checks off.
 */
export function trustedRequest(url: string, caFile: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', servername: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: init.method ?? 'GET', headers: { host: target.host, ...init.headers }, ca: readFileSync(caFile) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Signs in over the trusted connection and returns the access token. */
export async function trustedLogin(baseUrl: string, caFile: string, username: string, password: string): Promise<string> {
  const response = await trustedRequest(`${baseUrl}/api/auth/login`, caFile, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password, deviceId: 'e2e-tls-check' }) });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status}`);
  return (JSON.parse(response.body.toString()) as { accessToken: string }).accessToken;
}
