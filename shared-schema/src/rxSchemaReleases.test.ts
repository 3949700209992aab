import { describe, expect, it } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES } from './collections';
import { toRxJsonSchema } from './rxSchema';
import { schemaShape } from './rxSchemaFingerprint';
import { RX_SCHEMA_RELEASES } from './rxSchemaReleases';

interface Host { crypto: { subtle: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } }; TextEncoder: new () => { encode(text: string): Uint8Array } }

/** First 16 hex digits of the SHA-256 of schemaShape: the entries of RX_SCHEMA_RELEASES. */
async function schemaFingerprint(schema: object): Promise<string> {
  const host = globalThis as unknown as Host;
  const digest = await host.crypto.subtle.digest('SHA-256', new host.TextEncoder().encode(schemaShape(schema)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 16);
}

describe('RxDB schema versions', () => {
  it.each(COLLECTION_NAMES)('%s: a changed schema has a new version, so devices migrate instead of failing to open', async (name) => {
    const released = RX_SCHEMA_RELEASES[name];
    const now = await schemaFingerprint(toRxJsonSchema(name));
    const hint = `the schema of ${name} is ${now}; released: ${released.join(', ')}. ` +
      `If you changed it, append '${now}' to RX_SCHEMA_RELEASES.${name} and set COLLECTIONS.${name}.version to ${released.length}` +
      ' (add a migrations entry unless the change only adds optional fields).';
    expect(released.at(-1), hint).toBe(now);
    expect(COLLECTIONS[name].version, hint).toBe(released.length - 1);
    expect(new Set(released).size, `${name} lists a fingerprint twice`).toBe(released.length);
  });

  it('every collection has a released history', () => {
    expect(Object.keys(RX_SCHEMA_RELEASES).sort()).toEqual([...COLLECTION_NAMES].sort());
  });
});
