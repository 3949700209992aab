// Counts a page's IndexedDB work (first-sync profile, issue 17): transactions, requests by kind
// and by store. Passed to `addInitScript`, so it runs before the app and must be self-contained.
export interface IndexedDbWork {
  transactions: number;
  readwrite: number;
  databases: string[];
  requests: Record<string, number>;
  byStore: Record<string, number>;
}

type Patchable = Record<string, (...args: unknown[]) => unknown>;

export function countIndexedDbWork(): void {
  const work: IndexedDbWork = { transactions: 0, readwrite: 0, databases: [], requests: {}, byStore: {} };
  (window as unknown as { __idb: IndexedDbWork }).__idb = work;
  const database = IDBDatabase.prototype as unknown as Patchable;
  const transaction = database['transaction'];
  database['transaction'] = function (this: IDBDatabase, ...args: unknown[]) {
    work.transactions++;
    if (args[1] === 'readwrite') work.readwrite++;
    if (!work.databases.includes(this.name)) work.databases.push(this.name);
    return transaction?.apply(this, args);
  };
  const methods = ['put', 'add', 'get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'delete'];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of methods) {
      const patchable = proto as unknown as Patchable;
      const original = patchable[method];
      if (!original) continue;
      patchable[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const store = 'objectStore' in this ? this.objectStore : this;
        // rxdb-dexie-<database>--<version>--<collection>: the collection (or replication meta) says enough.
        const name = `${store.transaction.db.name.replace(/^rxdb-dexie-anxun-[^-]+(-[^-]+)*?--\d+--/, '')}/${store.name}`;
        const kind = `${'objectStore' in this ? 'index.' : ''}${method}`;
        work.requests[kind] = (work.requests[kind] ?? 0) + 1;
        work.byStore[name] = (work.byStore[name] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  }
}
