import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign, verify } from 'hono/jwt';
import { signHs256, verifyHs256 } from './hs256';

const SECRET = 'test-secret-test-secret-test-secret-42';
const CLAIMS = { sub: 'u-officer-1', dev: 'tablet-1', sid: 'session-1', exp: 1_900_000_000 };

describe('HS256 tokens', () => {
  it('signs exactly the bytes hono/jwt signed, so tokens issued before stay valid both ways', async () => {
    const ours = signHs256(CLAIMS, SECRET);
    expect(ours).toBe(await sign(CLAIMS, SECRET, 'HS256'));
    expect(verifyHs256(await sign(CLAIMS, SECRET, 'HS256'), SECRET)).toEqual(CLAIMS);
    expect(await verify(ours, SECRET, { alg: 'HS256', exp: false })).toEqual(CLAIMS);
  });

  it('refuses a token signed with another secret, or whose claims were changed after signing', () => {
    expect(verifyHs256(signHs256(CLAIMS, 'another-secret-another-secret-4242'), SECRET)).toBeUndefined();
    const [header, , signature] = signHs256(CLAIMS, SECRET).split('.');
    const forged = Buffer.from(JSON.stringify({ ...CLAIMS, sub: 'u-sup-city' })).toString('base64url');
    expect(verifyHs256(`${header}.${forged}.${signature}`, SECRET)).toBeUndefined();
  });

  it('refuses an unsigned token (alg none) and a header naming another algorithm, even with a valid MAC', () => {
    const payload = Buffer.from(JSON.stringify(CLAIMS)).toString('base64url');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyHs256(`${none}.${payload}.`, SECRET)).toBeUndefined();
    const hs512 = Buffer.from(JSON.stringify({ alg: 'HS512', typ: 'JWT' })).toString('base64url');
    const mac = createHmac('sha256', SECRET).update(`${hs512}.${payload}`).digest('base64url');
    expect(verifyHs256(`${hs512}.${payload}.${mac}`, SECRET)).toBeUndefined();
  });

  it.each(['', 'a.b', 'a.b.c.d', '..', 'x.y.!!!', 'e30.e30.', `e30.W10.${'A'.repeat(43)}`])('refuses the malformed token %j', (token) => {
    expect(verifyHs256(token, SECRET)).toBeUndefined();
  });
});
