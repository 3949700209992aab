/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 * 18 characters from a 31-symbol alphabet; the last one is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccCheck =
  | { ok: true }
  | { ok: false; reason: 'length' | 'character' | 'checksum'; expected?: string };

/** The check character for the first 17 characters, or null if one is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function checkUscc(code: string): UsccCheck {
  const normalised = code.trim().toUpperCase();
  if (normalised.length !== 18) return { ok: false, reason: 'length' };
  if (![...normalised].every((c) => ALPHABET.includes(c))) return { ok: false, reason: 'character' };
  const expected = usccCheckCharacter(normalised.slice(0, 17));
  if (expected === null) return { ok: false, reason: 'character' };
  return normalised.endsWith(expected) ? { ok: true } : { ok: false, reason: 'checksum', expected };
}

/** Completes a 17-character stem into a valid code (used by demo data and tests). */
export function completeUscc(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null) throw new Error(`not a USCC stem: ${first17}`);
  return first17 + check;
}
