import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * Stands in for the hash of a user who does not exist, with the same parameters as real hashes:
 * an unknown username then costs one scrypt like a wrong password, so timing names no accounts.
 * No password matches it (its key is not derived from anything).
 */
const DUMMY_HASH = ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, Buffer.alloc(16, 7).toString('base64url'), Buffer.alloc(KEY_LENGTH).toString('base64url')].join('$');

/** Checks a sign-in: always exactly one scrypt, whether or not the user exists. */
export async function verifyLogin(password: string, stored: string | undefined): Promise<boolean> {
  const matches = await verifyPassword(password, stored ?? DUMMY_HASH);
  return stored !== undefined && matches;
}

/** Letters and digits a person reads off paper without confusion (no 0/O, 1/l/I). */
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A generated initial or reset password (printed on a 开通通知): 12 readable characters, with
 * letters and digits, about 69 bits. Its holder must change it at first sign-in.
 */
export function generatedPassword(): string {
  for (;;) {
    const password = Array.from({ length: 12 }, () => READABLE.charAt(randomInt(READABLE.length))).join('');
    if (/[0-9]/.test(password) && /[A-Za-z]/.test(password)) return password;
  }
}
