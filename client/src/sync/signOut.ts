import type { ApiClient } from './apiClient';

const SERVER_WAIT_MS = 5_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

/**
 * Ends this device's session on the server before the local sign-out, so its tokens stop working
 * there too. Best effort: offline, or with the server slow, the local sign-out goes ahead anyway
 * (the refresh token then simply expires unused). Never touches the local database or outbox.
 */
export async function endThisSession(api: ApiClient, online = navigator.onLine): Promise<boolean> {
  if (!online) return false;
  try {
    await within(api.logout(), SERVER_WAIT_MS);
    return true;
  } catch {
    return false;
  }
}

/** "Sign out all devices": only the server can do it, so it fails (and says why) when offline. */
export async function endAllSessions(api: ApiClient, online = navigator.onLine): Promise<{ ok: true } | { ok: false; reason: 'offline' | string }> {
  if (!online) return { ok: false, reason: 'offline' };
  try {
    await within(api.logoutAll(), SERVER_WAIT_MS);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
