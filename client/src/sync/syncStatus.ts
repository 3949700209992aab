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
  /**
   * A pull or push has been answered since this page opened. Until then nothing is known to be
   * synced: the header never says 已全部同步 from a cold start alone (issue 13).
   */
  reached: boolean;
}

/**
 * The header's one-word summary. 已全部同步 needs a server answer since this page opened: a cold
 * start offline (or before the first pull) knows nothing of the server (issue 13).
 */
export function syncHeadline(status: Pick<SyncStatus, 'pending' | 'needsSignIn' | 'reached' | 'online'>): 'pending' | 'allSynced' | 'connecting' | null {
  if (status.pending > 0) return 'pending';
  if (status.needsSignIn) return null;
  if (status.reached) return 'allSynced';
  return status.online ? 'connecting' : null;
}

type Listener = (status: SyncStatus) => void;

export class SyncStatusStore {
  private status: SyncStatus;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Partial<SyncStatus> = {}) {
    this.status = { online: true, pending: 0, lastSyncAt: null, active: false, error: null, needsSignIn: false, reached: false, ...initial };
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
