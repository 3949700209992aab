import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkUscc, completeUscc } from './uscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const stem = fc.array(fc.constantFrom(...ALPHABET), { minLength: 17, maxLength: 17 }).map((c) => c.join(''));

describe('checkUscc (GB 32100-2015)', () => {
  it.each(['9144030071526726XG', '914403001922038216', '91330100716105852F'])('accepts the published code %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true });
  });

  it('names the expected check character when the last one is wrong', () => {
    expect(checkUscc('9144030071526726XH')).toEqual({ ok: false, reason: 'checksum', expected: 'G' });
  });

  it('rejects wrong lengths and letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(checkUscc('91440300715267')).toMatchObject({ reason: 'length' });
    expect(checkUscc('9144030071526726XI')).toMatchObject({ reason: 'character' });
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(stem, fc.nat(16), fc.constantFrom(...ALPHABET), (s, position, replacement) => {
        const code = completeUscc(s);
        fc.pre(code.charAt(position) !== replacement);
        const altered = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(checkUscc(altered).ok).toBe(false);
      }),
    );
  });

  it('accepts lower case input as the same code', () => {
    expect(checkUscc('9144030071526726xg')).toEqual({ ok: true });
  });
});
