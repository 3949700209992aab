/** Most read marks kept per user; older ones fall off (their notifications are long past). */
const LIMIT = 5000;

/**
 * Which notifications a user has read, in localStorage on this device only (read marks are
 * personal and need not sync). Subscribable, so the nav badge and the list agree at once.
 */
export class ReadMarks {
  private ids: string[];
  private snapshot: ReadonlySet<string>;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly key: string, private readonly storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage) {
    this.ids = ReadMarks.load(storage, key);
    this.snapshot = new Set(this.ids);
  }

  private static load(storage: Pick<Storage, 'getItem'>, key: string): string[] {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  }

  get(): ReadonlySet<string> {
    return this.snapshot;
  }

  markRead(ids: readonly string[]): void {
    const fresh = ids.filter((id) => !this.snapshot.has(id));
    if (fresh.length === 0) return;
    this.ids = [...this.ids, ...fresh].slice(-LIMIT);
    this.snapshot = new Set(this.ids);
    this.storage.setItem(this.key, JSON.stringify(this.ids));
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const perUser = new Map<string, ReadMarks>();

export function readMarksFor(userId: string): ReadMarks {
  let marks = perUser.get(userId);
  if (!marks) {
    marks = new ReadMarks(`anxun.notifications.read.${userId}`);
    perUser.set(userId, marks);
  }
  return marks;
}
