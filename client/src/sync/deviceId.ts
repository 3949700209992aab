import { newId } from '@anxun/shared-schema';

const KEY = 'anxun.deviceId';

/** A stable id for this browser profile: the server records which device made each change. */
export function deviceId(storage: Storage = localStorage): string {
  const existing = storage.getItem(KEY);
  if (existing) return existing;
  const made = `dev-${newId()}`;
  storage.setItem(KEY, made);
  return made;
}
