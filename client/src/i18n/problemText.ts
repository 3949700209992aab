import type { ProblemCode } from '@anxun/shared-schema';
import type { I18n } from './I18nProvider';
import { zh, type MessageKey } from './zh';

/** Every problem code of shared-schema, in words that say what to do (the type keeps it complete). */
const PROBLEM_KEYS: Record<ProblemCode | 'network' | 'unknown', MessageKey> = {
  network: 'problem.network',
  unknown: 'problem.unknown',
  validation_failed: 'problem.validation_failed',
  malformed_json: 'problem.unknown',
  unknown_collection: 'problem.update',
  not_found: 'problem.not_found',
  invalid_credentials: 'login.invalid',
  unauthenticated: 'sync.signIn',
  token_expired: 'sync.signIn',
  session_revoked: 'sync.revoked',
  refresh_reused: 'problem.refresh_reused',
  too_many_attempts: 'login.locked',
  forbidden: 'problem.forbidden',
  payload_too_large: 'photo.refused',
  unsupported_media_type: 'photo.refused',
  hash_mismatch: 'photo.refused',
  writ_numbered: 'problem.writ_numbered',
  refusal_not_applicable: 'problem.refusal_not_applicable',
  resolution_not_allowed: 'problem.resolution_not_allowed',
  draw_population_too_small: 'problem.draw_population_too_small',
  draw_pool_too_small: 'problem.draw_pool_too_small',
  inspection_unsigned: 'problem.inspection_unsigned',
  hazard_evidence_missing: 'problem.hazard_evidence_missing',
  internal: 'problem.internal',
  store_unavailable: 'problem.internal',
  password_change_required: 'problem.password_change_required',
  password_rejected: 'problem.password_rejected',
  account_disabled: 'problem.account_disabled',
  username_taken: 'problem.username_taken',
  uscc_invalid: 'problem.uscc_invalid',
  import_unreadable: 'problem.import_unreadable',
  area_exists: 'problem.area_exists',
  binding_conflict: 'problem.binding_conflict',
  too_many_reports: 'problem.too_many_reports',
  report_closed: 'problem.report_closed',
  report_already_handled: 'problem.report_already_handled',
};

const codeOf = (error: unknown): string => (typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : typeof error === 'string' ? error : '');

/**
 * A failure as a sentence a field user can act on, never "Failed to fetch" or "HTTP 500". Takes
 * an ApiError, anything with a problem `code`, or a bare code.
 */
export function problemText(error: unknown, t: I18n['t']): string {
  const code = codeOf(error);
  if (code === 'network' || (typeof navigator !== 'undefined' && !navigator.onLine)) return t('problem.network');
  return problemCodeText(code, t);
}

/** A problem code's sentence whatever the network state (a refusal recorded earlier is not a network failure). */
export function problemCodeText(code: string, t: I18n['t']): string {
  return t((PROBLEM_KEYS as Record<string, MessageKey | undefined>)[code] ?? 'problem.unknown');
}

/** A local guard's refusal (`{ path, message }` issues): the missing field named in the user's words. */
export function guardIssueText(issues: readonly { path: string; message: string }[], t: I18n['t']): string {
  const texts = issues.map((issue) => {
    const field = issue.path.replace(/^payload\./, '').split('.')[0] ?? '';
    const key = `hazard.field.${field}`;
    return key in zh ? t('refusal.missingField', { field: t(key as MessageKey) }) : t('problem.checkInput');
  });
  return [...new Set(texts)].join('；');
}
