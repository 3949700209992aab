import type { ChangeNotice, CollectionName, Principal } from '@anxun/shared-schema';
import type { PlacesStore } from './PlacesStore';
import type { AdminStore } from './AdminStore';
import type { AuthStore } from './AuthStore';
import type { PublicReportStore } from './PublicReportStore';

/** A document as the server keeps it: the parsed fields, plus server metadata. */
export interface StoredDocument {
  collection: CollectionName;
  id: string;
  seq: number;
  deleted: boolean;
  data: Record<string, unknown> & { id: string };
  serverTime: string;
  /** Who stored this version, from which device (the conflict log names both sides). */
  updatedBy: string;
  deviceId: string;
}

/** Where a document belongs, for scope checks and scoped pulls (replication/scopeKeys.ts). */
export interface ScopeKeys {
  enterpriseId: string | null;
  gridIds: string[] | null;
  areaCode: string | null;
  parentId: string | null;
  /** The officers a document is assigned to (scope kind `assigned`). */
  userIds?: string[] | null;
  /**
   * A case file (caseVisibility.ts): read only by enforcement officers and supervisors, by the
   * enterprise once served. Derived from the data, never stored as a column (the pull reads the data).
   */
  caseRecord?: { served: boolean } | undefined;
}

export interface WriteMeta {
  actorId: string;
  deviceId: string;
  /** Digest of the pushed state this write comes from, when it comes from a push row. */
  pushedDigest?: string | undefined;
}

/** One gapless series of official writ numbers. */
export interface OfficialSeries {
  townCode: string;
  kind: string;
  /** Asia/Shanghai year. */
  year: number;
}

export interface OfficialNumber {
  number: number;
  officialNo: string;
}

/** How StoreTx.pushedDigests names a (document, push digest) pair. */
export const digestKey = (id: string, digest: string): string => `${id}\u0000${digest}`;

/** What a push may do inside its transaction. Pure sync logic talks to this, never to SQL. */
export interface StoreTx {
  getDocuments(collection: CollectionName, ids: readonly string[]): Promise<Map<string, StoredDocument>>;
  /** Scope keys of enterprises, to place documents that hang off them. */
  getEnterpriseScopes(ids: readonly string[]): Promise<Map<string, ScopeKeys>>;
  getChildren(collection: CollectionName, parentId: string): Promise<StoredDocument[]>;
  /** The children of many parents in one read, each list in sequence order (every parent asked for has a list). */
  getChildrenOf(collection: CollectionName, parentIds: readonly string[]): Promise<Map<string, StoredDocument[]>>;
  /**
   * Stores a new version with the next server sequence and appends it to the history. The store
   * may hold the write and store it set-wise with others; every read of the same transaction sees it.
   */
  write(
    collection: CollectionName,
    doc: { id: string; data: Record<string, unknown> & { id: string }; deleted: boolean; keys: ScopeKeys },
    before: StoredDocument | undefined,
    meta: WriteMeta,
  ): Promise<StoredDocument>;
  /** Whether a push row with this digest was already applied to this document. */
  wasPushedBefore(collection: CollectionName, id: string, digest: string): Promise<boolean>;
  /** The (document, digest) pairs among these that were applied before, as `digestKey(id, digest)`, in one read. */
  pushedDigests(collection: CollectionName, ids: readonly string[], digests: readonly string[]): Promise<Set<string>>;
  /**
   * How many writes are coming (a push batch's rows): sequences are then reserved for them in one
   * statement. A hint only: more writes still get sequences, fewer leave gaps a pull never minds.
   */
  expectWrites(count: number): void;
  /** The sequence number the next write will get (events' verdicts carry it). */
  peekNextSeq(): Promise<number>;
  /** The next official number of a series for this document (its own number if it has one); rolls back with the transaction. */
  assignOfficialNumber(series: OfficialSeries, documentId: string, format: (number: number) => string): Promise<OfficialNumber>;
}

/** A stored document with the columns the scoped pull decides on, for a change stream to filter in memory. */
export interface PlacedDocument {
  document: StoredDocument;
  /** Its scope columns as stored, and whether its data makes it a (served) case record, as the pull reads them. */
  keys: ScopeKeys;
  /** The grids of the enterprise it hangs off, as stored now (an officer's pull joins them). */
  ownerGridIds: string[] | null;
}

export interface PullPage {
  documents: StoredDocument[];
}

/** One collection's part of a pull of several: the page after `after`, at most `limit` documents. */
export interface PullPart {
  collection: CollectionName;
  after: { seq: number; id: string };
  limit: number;
}

export interface UserRecord {
  principal: Principal;
  passwordHash: string;
  /** Disabled by an administrator: signs in no more (its sessions were revoked when disabled). */
  disabled?: boolean;
  /** 执法证号 of an enforcement officer. */
  badgeNo?: string;
}

export interface Store {
  /** Push transactions run one at a time in sequence order, so a pull never skips a late commit. */
  writeTransaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` after each commit of this process that changed documents, users or sessions,
   * with the scope keys of what changed (other instances' commits arrive through LISTEN instead).
   */
  onChanges(listener: (notice: ChangeNotice) => void): () => void;
  pull(collection: CollectionName, principal: Principal, after: { seq: number; id: string }, limit: number): Promise<PullPage>;
  /** The pages of several collections at once (one per part, in order): each what `pull` answers for it. */
  pullMany(principal: Principal, parts: readonly PullPart[]): Promise<PullPage[]>;
  /**
   * The documents of these collections sequenced in (after, through] with their scope columns,
   * in (seq, id) order: the one read a change notice's streams share. `undefined` past `limit`.
   * Not scoped: a stream sends a row of it only where `changeScope.pullReturns` says the user's
   * own pull would return it (changeFanOut.test.ts proves the two agree).
   */
  sequencedBetween(collections: readonly CollectionName[], span: { after: number; through: number }, limit: number): Promise<PlacedDocument[] | undefined>;
  /** The position of the newest change of any collection (where a fresh change stream starts). */
  lastPosition(): Promise<{ seq: number; id: string }>;
  history(collection: CollectionName, id: string): Promise<{ seq: number; actorId: string; deviceId: string; serverTime: string; deleted: boolean; after: unknown }[]>;

  findUserByUsername(username: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<UserRecord | undefined>;
  upsertUser(user: UserRecord): Promise<void>;
  /** Every officer (all kinds), with the grids that name them, ordered by id: the 双随机 pool candidates. */
  listOfficers(): Promise<Principal[]>;
  /** Sessions, refresh-token families and sign-in throttling. */
  auth: AuthStore;
  /** Accounts opened by administrators, and the audit of administrative changes. */
  admin: AdminStore;
  /** Areas, bindings and the audit log's filters (issue 14 items 2 and 6). */
  places: PlacesStore;
  /** 举报 from the public: never a replicated document (store/publicReportSql.ts). */
  publicReports: PublicReportStore;

  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
