import { Session, type ChangePasswordRequest } from '@anxun/shared-schema';
import { api } from './services';

/** Changes the signed-in user's password; the answer is the session renewed without the first-password gate. */
export function changePassword(request: ChangePasswordRequest): Promise<Session> {
  return api.call('/api/auth/change-password', { method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } }, (b) => Session.parse(b));
}
