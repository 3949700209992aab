import { useSyncExternalStore } from 'react';
import type { EventAuthor } from '@anxun/shared-schema';
import { deviceId } from './deviceId';
import { sessions } from './services';

/** Who is acting, on which device: stamped on every event this device creates. */
export function useAuthor(): EventAuthor | null {
  const state = useSyncExternalStore((l) => sessions.subscribe(l), () => sessions.get());
  return state.session ? { principal: state.session.principal, deviceId: deviceId() } : null;
}
