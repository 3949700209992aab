import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { newId, uuidV4 } from './newId';
import { Id } from './primitives';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes RFC 4122 version 4 UUIDs that are valid document ids', () => {
    const id = newId();
    expect(id).toMatch(V4);
    expect(z.uuid({ version: 'v4' }).safeParse(id).success).toBe(true);
    expect(Id.safeParse(id).success).toBe(true);
  });

  it('never repeats over 10 000 ids', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId()));
    expect(ids.size).toBe(10_000);
  });

  it('works outside a secure context, where crypto.randomUUID and crypto.subtle are missing', () => {
    const real = (globalThis as { crypto?: { getRandomValues(bytes: Uint8Array): Uint8Array } }).crypto;
    if (!real) throw new Error('the test runtime has no crypto');
    // What a page on http://<lan-ip>/ sees: getRandomValues only.
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes), randomUUID: undefined, subtle: undefined });
    expect(newId()).toMatch(V4);
    expect(newId()).not.toBe(newId());
  });

  it('refuses to make ids without a strong random source rather than risk collisions', () => {
    vi.stubGlobal('crypto', undefined);
    expect(() => newId()).toThrow(/getRandomValues/);
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
      expect(uuidV4(bytes)).toMatch(V4);
    }));
    expect(uuidV4(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidV4(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('keeps the caller\'s bytes and rejects a wrong length', () => {
    const bytes = new Uint8Array(16).fill(0xff);
    uuidV4(bytes);
    expect(bytes[6]).toBe(0xff);
    expect(() => uuidV4(new Uint8Array(15))).toThrow(/16 bytes/);
  });
});
