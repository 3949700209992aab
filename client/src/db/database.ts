import { addRxPlugin, createRxDatabase, type MigrationStrategies, type RxCollection, type RxCollectionCreator, type RxConflictHandler, type RxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb/plugins/core';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { COLLECTIONS, COLLECTION_NAMES, toRxJsonSchema, type CollectionName, type DocumentTypes } from '@anxun/shared-schema';
import { rangedGetManyMiddleware } from './rangedGetMany';
import { sameReplicatedState } from './sameState';

// A device updated to a release whose schemas changed migrates its local copy on open.
addRxPlugin(RxDBMigrationSchemaPlugin);

export type AnxunCollections = { [K in CollectionName]: RxCollection<DocumentTypes[K]> };
export type AnxunDatabase = RxDatabase<AnxunCollections>;

/**
 * The server has already merged both sides field by field and logged what it overrode, so the
 * device adopts the server's state. Nothing the user saved is lost: it is in that state or in
 * the replicated conflict log.
 */
const adoptServerState: RxConflictHandler<unknown> = {
  isEqual: (a, b) => sameReplicatedState(a, b),
  resolve: (input) => Promise.resolve(input.realMasterState),
};

export interface OpenOptions {
  /** Wrap the storage with JSON-schema validation (development and tests, never production). */
  validate: boolean;
  /** IndexedDB through Dexie unless given (tests pass RxDB's in-memory storage). */
  storage?: RxStorage<unknown, unknown>;
}

/**
 * Opens the local database of one user on this device. Production relies on the zod parse in
 * every repository write; the validator (ajv) is loaded only when asked for, so it is not in the
 * code a tablet runs. RxDB's dev-mode plugin is never used: it loads a page from the internet.
 */
export async function openDatabase(name: string, options: OpenOptions): Promise<AnxunDatabase> {
  const base = options.storage ?? getRxStorageDexie({ onCreate: (dexie) => void dexie.use(rangedGetManyMiddleware) });
  const storage = options.validate ? (await import('rxdb/plugins/validate-ajv')).wrappedValidateAjvStorage({ storage: base }) : base;
  const db = await createRxDatabase<AnxunCollections>({ name, storage, multiInstance: true, eventReduce: true, closeDuplicates: true });
  const creators: Record<string, RxCollectionCreator<unknown>> = Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [
      collection,
      // The JSON schema is generated from the zod schema of the same collection.
      {
        schema: toRxJsonSchema(collection) as unknown as RxJsonSchema<unknown>,
        conflictHandler: adoptServerState,
        migrationStrategies: migrationStrategiesOf(collection),
      },
    ]),
  );
  await db.addCollections(creators);
  return db;
}

/**
 * One strategy per version since the first release: the collection's own step, or the document
 * unchanged (a step that only added optional fields). RxDB keeps the replication checkpoints and
 * the local writes not yet pushed, so nothing saved offline is lost by an update.
 */
export function migrationStrategiesOf(collection: CollectionName): MigrationStrategies {
  const spec: { version: number; migrations?: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> } = COLLECTIONS[collection];
  const strategies: MigrationStrategies = {};
  for (let version = 1; version <= spec.version; version++) {
    const step = spec.migrations?.[version];
    strategies[version] = (doc: Record<string, unknown>) => (step ? step(doc) : doc);
  }
  return strategies;
}

/** One database per user on a device, so two people sharing a tablet never see each other's data. */
export function databaseNameFor(userId: string): string {
  return `anxun-${userId.toLowerCase().replace(/[^a-z0-9]/g, '-')}`;
}
