/** Fills a byte array with cryptographically strong random values, like `crypto.getRandomValues`. */
export type RandomFill = (bytes: Uint8Array) => Uint8Array;

/**
 * The host's `crypto.getRandomValues`. Unlike `crypto.randomUUID` and `crypto.subtle`, it exists in
 * non-secure contexts too (a tablet on `http://<lan-ip>/`), in every browser the app supports and
 * in Node. This package has no DOM or Node types, hence the structural look-up.
 */
function hostRandomFill(bytes: Uint8Array): Uint8Array {
  const host = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  // Never fall back to Math.random: ids made offline on many tablets must not collide.
  if (typeof host?.getRandomValues !== 'function') throw new Error('crypto.getRandomValues is unavailable: cannot make ids');
  return host.getRandomValues(bytes);
}

/** Formats 16 random bytes as an RFC 4122 version 4 UUID (lower-case, 8-4-4-4-12). */
export function uuidV4(random: Uint8Array): string {
  if (random.length !== 16) throw new Error(`uuidV4 needs 16 bytes, got ${random.length}`);
  const bytes = Uint8Array.from(random);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx (RFC 4122)
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new document id. The one id maker of the client: `crypto.randomUUID` throws outside a secure
 * context, this works wherever `crypto.getRandomValues` does (everywhere the app runs).
 */
export function newId(fill: RandomFill = hostRandomFill): string {
  return uuidV4(fill(new Uint8Array(16)));
}
