import { ApiError } from '../../sync/apiClient';
import type { MessageKey } from '../../i18n/zh';

/**
 * Which sentence explains a failed sign-in. A server that cannot be reached (no signal, a proxy
 * answering 502 while the server restarts) is a network problem the officer can act on, not an
 * error code to read out.
 */
export function loginErrorKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'login.failed';
  if (error.code === 'invalid_credentials') return 'login.invalid';
  if (error.code === 'too_many_attempts') return 'login.locked';
  if (error.code === 'network' || error.status >= 502) return 'login.network';
  return 'login.failed';
}
