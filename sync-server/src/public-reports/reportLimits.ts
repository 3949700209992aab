import { createHash } from 'node:crypto';
import { MAX_REPORT_PHOTOS } from '@anxun/shared-schema';
import type { PublicReportStore } from '../store/PublicReportStore';

/**
 * Fixed one-hour windows, per client address and for the whole installation, counted in the
 * database so every instance shares them. A public form needs no account, so these are what
 * stands between it and a flood: a town gets a few dozen genuine reports a month.
 */
export interface ReportLimits {
  submitPerAddress: number;
  submitOverall: number;
  /** Tracking answers hits and misses alike: a guesser is slowed whether or not a code exists. */
  trackPerAddress: number;
  trackOverall: number;
  photoPerAddress: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = {
  submitPerAddress: 5, submitOverall: 300, trackPerAddress: 60, trackOverall: 6000, photoPerAddress: 60,
};

const WINDOW_MS = 3_600_000;

export type LimitKind = 'submit' | 'track' | 'photo';

const limitsOf = (limits: ReportLimits, kind: LimitKind): { perAddress: number; overall: number } =>
  kind === 'submit' ? { perAddress: limits.submitPerAddress, overall: limits.submitOverall }
    : kind === 'track' ? { perAddress: limits.trackPerAddress, overall: limits.trackOverall }
      // Every declared photo of every report the overall limit lets in, and no more.
      : { perAddress: limits.photoPerAddress, overall: limits.submitOverall * MAX_REPORT_PHOTOS };

/** Counts this request; `retryAfter` (seconds to the window's end) when it is over a limit. */
export async function countRequest(store: Pick<PublicReportStore, 'hit'>, limits: ReportLimits, kind: LimitKind, address: string, now: Date): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  // Addresses are kept as salted digests only: the table never names who reported.
  const addressKey = createHash('sha256').update(`anxun-report-limit:${address}`).digest('hex').slice(0, 32);
  const [perAddress = 0, overall = 0] = await store.hit([{ key: `${kind}:a:${addressKey}`, windowStart }, { key: `${kind}:all`, windowStart }]);
  const limit = limitsOf(limits, kind);
  if (perAddress <= limit.perAddress && overall <= limit.overall) return { ok: true };
  return { ok: false, retryAfter: Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000)) };
}
