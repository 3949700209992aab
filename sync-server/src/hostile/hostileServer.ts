import type { CollectionName, Principal, WireDocument } from '@anxun/shared-schema';
import { documentKeys } from '../replication/scopeKeys';
import type { DocumentData } from '../replication/documents';
import type { StoredDocument } from '../store/Store';
import { pullAll, pushRows } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { onEachStore } from './eachStore';

/** The demo town's users a hostile test acts as (seed/demoUsers.ts). */
export type DemoUser = 'wangge' | 'wangge2' | 'wangge3' | 'zhifa' | 'zhuanjia' | 'qiye' | 'qiye2' | 'jianguan' | 'shijianguan' | 'admin';

export interface PushAnswer {
  status: number;
  /** The documents the server answered with (the device adopts them). */
  documents: WireDocument[];
  refused: { id: string; reason: string }[];
  /** The problem JSON when the push was refused whole. */
  problem?: unknown;
}

/** One server of the demo town, as a hostile client sees it, plus the store itself to arrange and inspect. */
export interface Hostile {
  server(): TestServer;
  principal(user: DemoUser): Principal;
  push(user: DemoUser, collection: CollectionName, rows: { assumedMasterState: WireDocument | null; newDocumentState: WireDocument }[]): Promise<PushAnswer>;
  pull(user: DemoUser, collection: CollectionName): Promise<WireDocument[]>;
  /** The stored documents, read from the store (no permission involved). */
  stored(collection: CollectionName, ids: readonly string[]): Promise<Map<string, StoredDocument>>;
  /** Writes documents straight into the store: the world a test starts from, not a push. */
  arrange(collection: CollectionName, docs: readonly { data: DocumentData; deleted?: boolean }[]): Promise<void>;
}

export const wire = (data: object, deleted = false): WireDocument => ({ ...data, _deleted: deleted }) as WireDocument;
export const asWire = (stored: StoredDocument): WireDocument => wire(stored.data, stored.deleted);

function hostileOver(current: () => TestServer): Hostile {
  const sessions = new Map<DemoUser, { token: string; principal: Principal }>();
  const session = async (user: DemoUser) => {
    let s = sessions.get(user);
    if (!s) {
      const login = await current().login(user, `hostile-${user}`);
      s = { token: login.accessToken, principal: login.principal };
      sessions.set(user, s);
    }
    return s;
  };
  return {
    server: current,
    principal: (user) => {
      const s = sessions.get(user);
      if (!s) throw new Error(`${user} has not signed in yet`);
      return s.principal;
    },
    push: async (user, collection, rows) => {
      const result = await pushRows(current(), collection, (await session(user)).token, rows);
      if (!Array.isArray(result.body)) return { status: result.status, documents: [], refused: result.refused, problem: result.body };
      return { status: result.status, documents: result.body as WireDocument[], refused: result.refused };
    },
    pull: async (user, collection) => (await pullAll(current(), collection, (await session(user)).token)).documents,
    stored: (collection, ids) => current().store.writeTransaction((tx) => tx.getDocuments(collection, ids)),
    arrange: (collection, docs) =>
      current().store.writeTransaction(async (tx) => {
        const existing = await tx.getDocuments(collection, docs.map((d) => d.data.id));
        for (const doc of docs) {
          const keys = await documentKeys(tx, collection, doc.data);
          await tx.write(collection, { id: doc.data.id, data: doc.data, deleted: doc.deleted ?? false, keys }, existing.get(doc.data.id), { actorId: 'test-arrange', deviceId: 'test-arrange' });
        }
      }),
  };
}

/** Signs in every user a test names before it runs, so `principal()` works inside it. */
export async function signIn(h: Hostile, users: readonly DemoUser[]): Promise<void> {
  for (const user of users) await h.pull(user, 'checklistTemplates');
}

/**
 * Runs a suite of attacks once on PGlite and once on a throw-away PostgreSQL (design: one
 * contract, two stores). One server per store per file keeps the suite fast; tests use their
 * own documents or compare before and after, so they do not depend on each other.
 */
export function onEveryStore(title: string, body: (h: Hostile) => void): void {
  onEachStore(title, (server) => body(hostileOver(server)));
}

/** Ids the user may read in a collection, as the server's scoped pull delivers them. */
export async function readableIds(h: Hostile, user: DemoUser, collection: CollectionName): Promise<Set<string>> {
  return new Set((await h.pull(user, collection)).map((d) => d.id));
}

/** Every string in a document (nested too), for "does this text carry any of it" checks. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * Values of documents the attacker may not read that show up in what the server told it.
 * Values the attacker knows anyway (it sent them, or may read them), or too short to identify
 * anything, do not count.
 */
export function leakedValues(secret: readonly WireDocument[], known: unknown, answer: PushAnswer): string[] {
  const own = new Set(stringsOf(known));
  const text = JSON.stringify([answer.documents, answer.refused]);
  const values = new Set(secret.flatMap((d) => stringsOf(d)).filter((v) => v.length >= 6 && !own.has(v)));
  return [...values].filter((v) => text.includes(v));
}
