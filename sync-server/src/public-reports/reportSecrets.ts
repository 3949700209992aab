import { createHash, randomBytes, randomInt } from 'node:crypto';
import { REPORT_CODE_ALPHABET, REPORT_CODE_LENGTH } from '@anxun/shared-schema';

/** A tracking code: 12 symbols of the 31-symbol alphabet, each from the CSPRNG (about 59 bits). */
export function newReportCode(): string {
  let code = '';
  for (let i = 0; i < REPORT_CODE_LENGTH; i += 1) code += REPORT_CODE_ALPHABET[randomInt(REPORT_CODE_ALPHABET.length)];
  return code;
}

/** The one-time credential for a report's photo uploads (128 bits). */
export const newUploadToken = (): string => randomBytes(16).toString('hex');

/** Codes and tokens are stored and looked up only as their digests. */
export const secretDigest = (secret: string): string => createHash('sha256').update(secret).digest('hex');
