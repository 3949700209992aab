/** Retry delay after `attempts` failed uploads: 5 s doubling, at most 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(10 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

/** Server answers that retrying cannot fix: too large, not an image, bytes not matching the hash. */
export function isPermanentUploadFailure(status: number): boolean {
  return status === 413 || status === 415 || status === 422;
}
