import { generatedPassword, hashPassword } from '../auth/passwords';
import type { Store } from '../store/Store';

export const BOOTSTRAP_ADMIN = { userId: 'u-admin', username: 'admin', displayName: '系统管理员' } as const;

/**
 * A town that starts without the demo (SEED_DEMO=0) starts with one administrator and nothing
 * else: `admin`, of the whole installation (no area), whose password is `preset` or a generated
 * one-time password, to be changed at first sign-in. Returns the password when it created the
 * account (to print once), or undefined when an `admin` exists already.
 */
export async function bootstrapAdministrator(store: Store, preset: string | undefined): Promise<string | undefined> {
  if (await store.findUserByUsername(BOOTSTRAP_ADMIN.username)) return undefined;
  const password = preset ?? generatedPassword();
  const created = await store.admin.createUser({
    principal: { ...BOOTSTRAP_ADMIN, role: 'admin', gridIds: [], mustChangePassword: true },
    passwordHash: await hashPassword(password),
  });
  return created ? password : undefined;
}
