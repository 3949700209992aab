import type { ChangeNotice } from '@anxun/shared-schema';

/**
 * Tells open change streams and the principal cache what committed. In one process the store
 * publishes into it after each commit (createApp wires store.onChanges); with a shared
 * PostgreSQL, LISTEN forwards every instance's notices into it too (main.ts).
 */
export type ChangeListener = (notice: ChangeNotice) => void;

export interface ChangeFeed {
  publish(notice: ChangeNotice): void;
  subscribe(listener: ChangeListener): () => void;
}

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  return {
    publish(notice) {
      for (const listener of listeners) listener(notice);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
