import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * JWTs signed with HS256, by node:crypto's HMAC (synchronous, microseconds). hono/jwt did the
 * same through WebCrypto, which imports a key and hops to the thread pool on every call: in a
 * reconnect storm of 500 tablets that was the server's costliest JavaScript (issue 17, the
 * profile in docs/architecture.md). The tokens are the same bytes either way (hono's tests
 * below), so tokens issued before the change stay valid.
 */
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const mac = (signingInput: string, secret: string) => createHmac('sha256', secret).update(signingInput).digest();

export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${mac(signingInput, secret).toString('base64url')}`;
}

const JsonObject = z.record(z.string(), z.unknown());

function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const parsed = JsonObject.safeParse(JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a token whose header says HS256 and whose signature is this secret's; else undefined. */
export function verifyHs256(token: string, secret: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(signature)) return undefined;
  // The signature first: nothing of an unsigned token is even parsed further.
  const expected = mac(`${header}.${payload}`, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const head = jsonObject(header);
  if (head?.['alg'] !== 'HS256' || (head['typ'] !== undefined && head['typ'] !== 'JWT')) return undefined;
  return jsonObject(payload);
}
