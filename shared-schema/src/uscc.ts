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

/**
 * The code as it is stored: full-width characters made half-width (NFKC), every space (also
 * U+3000 and spaces inside the code) removed, letters upper case. Spreadsheets and typed-in
 * codes from paper carry all of these.
 */
export function normaliseUscc(code: string): string {
  return code.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

/**
 * Whether a write may store this code: a new code, or a changed one, must pass the checksum
 * (enforced by the server for every write). A code stored before the check, left unchanged,
 * does not block other edits of the record.
 */
export function usccRefusal(stored: string | undefined, candidate: string): string | null {
  if (stored !== undefined && normaliseUscc(stored) === normaliseUscc(candidate)) return null;
  const check = checkUscc(candidate);
  if (check.ok) return null;
  return check.reason === 'checksum'
    ? `统一社会信用代码校验位错误（应为 ${check.expected ?? '?'}）The USCC check character is wrong`
    : check.reason === 'length' ? '统一社会信用代码应为 18 位 The USCC must have 18 characters' : '统一社会信用代码含有无效字符 The USCC has an invalid character';
}

export function checkUscc(code: string): UsccCheck {
  const normalised = normaliseUscc(code);
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
