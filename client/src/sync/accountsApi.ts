import { AuthSessionList, ManagedUserList, RevokeResult } from '@anxun/shared-schema';
import type { ApiClient } from './apiClient';
import { api } from './services';

/**
 * 账号与设备: the users a supervisor may manage and their signed-in devices. Online only (the
 * server holds the sessions); every answer is parsed with its shared schema.
 */
export function createAccountsApi(client: ApiClient) {
  const user = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;
  return {
    users: () => client.call('/api/admin/users', { method: 'GET' }, (b) => ManagedUserList.parse(b).users),
    sessions: (userId: string) => client.call(`${user(userId)}/sessions`, { method: 'GET' }, (b) => AuthSessionList.parse(b).sessions),
    revokeAll: (userId: string) => client.call(`${user(userId)}/revoke-sessions`, { method: 'POST', body: '{}' }, (b) => RevokeResult.parse(b).revoked),
  };
}
export type AccountsApi = ReturnType<typeof createAccountsApi>;

export const accountsApi: AccountsApi = createAccountsApi(api);
