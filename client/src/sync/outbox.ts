/**
 * What this device saved and the server has not confirmed yet, kept in localStorage so the count
 * survives closing the tab. An entry leaves when a push carrying that version (or a newer one)
 * is answered by the server; the server's answer may be a merge, which still means it arrived.
 */
export interface OutboxEntry {
  collection: string;
  id: string;
  updatedAt: string;
}

type Listener = (count: number) => void;

export class Outbox {
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly key: string,
    private readonly storage: Storage = localStorage,
  ) {}

  private read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private write(entries: Record<string, string>): void {
    this.storage.setItem(this.key, JSON.stringify(entries));
    const count = Object.keys(entries).length;
    for (const listener of this.listeners) listener(count);
  }

  record(entry: OutboxEntry): void {
    const entries = this.read();
    const key = `${entry.collection}/${entry.id}`;
    const known = entries[key];
    if (!known || known < entry.updatedAt) entries[key] = entry.updatedAt;
    this.write(entries);
  }

  /** The server answered a push of these versions. */
  confirm(collection: string, pushed: readonly { id: string; updatedAt: string }[]): void {
    const entries = this.read();
    const done = new Set(
      pushed.filter((doc) => {
        const waiting = entries[`${collection}/${doc.id}`];
        return waiting !== undefined && waiting <= doc.updatedAt;
      }).map((doc) => `${collection}/${doc.id}`),
    );
    if (done.size > 0) this.write(Object.fromEntries(Object.entries(entries).filter(([key]) => !done.has(key))));
  }

  count(): number {
    return Object.keys(this.read()).length;
  }

  entries(): OutboxEntry[] {
    return Object.entries(this.read()).map(([key, updatedAt]) => {
      const [collection = '', ...id] = key.split('/');
      return { collection, id: id.join('/'), updatedAt };
    });
  }

  private snapshot: { raw: string | null; entries: OutboxEntry[] } = { raw: null, entries: [] };

  /** The entries as one stable array while nothing changed (what React's useSyncExternalStore needs). */
  entriesSnapshot(): OutboxEntry[] {
    const raw = this.storage.getItem(this.key);
    if (raw !== this.snapshot.raw) this.snapshot = { raw, entries: this.entries() };
    return this.snapshot.entries;
  }

  /**
   * Another tab of the same user changed the ledger (browsers fire `storage` events only in the
   * other tabs), so this tab's indicator shows the same count.
   */
  noticeStorageEvent(event: { key: string | null }): void {
    if (event.key !== this.key && event.key !== null) return;
    const count = this.count();
    for (const listener of this.listeners) listener(count);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
