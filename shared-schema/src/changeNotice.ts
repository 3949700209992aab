import { z } from 'zod';
import { isCollectionName, type CollectionName } from './collections';

/**
 * The scope keys of the documents one write transaction stored in one collection, united: the
 * same columns the scoped pull filters on (enterprise, grids, area, parent, assignees). `ids` is
 * set for collections placed by their own id (grids, enterprises). A grid's officers and a task's
 * enterprise are named too: they decide whose scope (principal) the write changes.
 */
export const ChangedKeys = z.object({
  ids: z.array(z.string()).optional(),
  enterpriseIds: z.array(z.string()),
  gridIds: z.array(z.string()),
  areaCodes: z.array(z.string()),
  parentIds: z.array(z.string()),
  userIds: z.array(z.string()),
});
export type ChangedKeys = z.infer<typeof ChangedKeys>;

/**
 * What committed, as the server tells its change streams and principal caches (in one process,
 * and between instances through PostgreSQL NOTIFY). `keys: null` means "any document of the
 * collection may have changed"; `users: null` means "anyone's scope or sessions may have changed".
 * A listener must treat a notice it cannot narrow as everything: over-waking costs an empty pull,
 * under-waking would lose a change.
 */
export const ChangeNotice = z.object({
  documents: z.array(z.object({
    collection: z.custom<CollectionName>((v) => typeof v === 'string' && isCollectionName(v)),
    keys: ChangedKeys.nullable(),
  })),
  /** Users whose account or sessions changed (revoked, signed out, edited). */
  users: z.array(z.string()).nullable(),
  /**
   * The documents the transaction left sequenced: exactly those with `after < seq <= through` when
   * it committed (commits happen in sequence order under the write lock). A stream that has
   * delivered everything up to `after` can take this transaction's documents from one shared read
   * of the span. Absent (older instances, lost LISTEN): streams pull for themselves.
   */
  span: z.object({ after: z.number().int().nonnegative(), through: z.number().int().nonnegative() }).optional(),
});
export type ChangeNotice = z.infer<typeof ChangeNotice>;

/** What a listener that may have missed notices must assume (a LISTEN connection that dropped). */
export function everyChange(collections: readonly CollectionName[]): ChangeNotice {
  return { documents: collections.map((collection) => ({ collection, keys: null })), users: null };
}
