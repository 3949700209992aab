/**
 * Tells open change streams that documents of a collection changed. In one process it is an
 * in-memory fan-out; with a shared PostgreSQL the store forwards LISTEN/NOTIFY into it.
 */
export type ChangeListener = (collection: string) => void;

export interface ChangeFeed {
  publish(collection: string): void;
  subscribe(listener: ChangeListener): () => void;
}

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  return {
    publish(collection) {
      for (const listener of listeners) listener(collection);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
