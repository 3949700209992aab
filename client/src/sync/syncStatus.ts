/** What the sync indicator shows on every screen. */
export interface SyncStatus {
  online: boolean;
  /** Local changes not yet confirmed by the server. */
  pending: number;
  /** ISO time of the last successful exchange with the server. */
  lastSyncAt: string | null;
  /** Replication is running a pull or push now. */
  active: boolean;
  /** The problem code of the last failed exchange (shown as words, never as the raw message). */
  error: string | null;
  needsSignIn: boolean;
}

type Listener = (status: SyncStatus) => void;

export class SyncStatusStore {
  private status: SyncStatus;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Partial<SyncStatus> = {}) {
    this.status = { online: true, pending: 0, lastSyncAt: null, active: false, error: null, needsSignIn: false, ...initial };
  }

  get(): SyncStatus {
    return this.status;
  }

  update(change: Partial<SyncStatus>): void {
    const next = { ...this.status, ...change };
    if (Object.entries(change).every(([k, v]) => this.status[k as keyof SyncStatus] === v)) return;
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
