import type { CollectionName } from './collections';

/**
 * The released shape of every client collection, one fingerprint per RxDB schema version (index =
 * version): sha256 of schemaShape(toRxJsonSchema(name)), first 16 hex digits. Append a line when
 * a collection's schema changes, and bump its `version` in collections.ts in the same commit
 * (rxSchemaReleases.test.ts prints both). A device opening an older version migrates its local
 * copy (client/src/db/database.ts); without the bump RxDB refuses to open the database at all
 * (error DB6), leaving every tablet with unsynced work unable to start.
 *
 * Version 0 of every collection is the schema of the first release (7595fa8); version 1 that of
 * the release after it, where the collection changed (optional fields and wider enums only).
 */
export const RX_SCHEMA_RELEASES: Record<CollectionName, readonly string[]> = {
  grids: ['cda1b7e9c578dcac', '2a2a5f6708d83f1a'],
  enterprises: ['48727a7f55f93ae5', '22abf5af6fc88319'],
  checklistTemplates: ['8d2936101d118a0c', '6c80339e26ce5a5e'],
  inspections: ['581c44f8577caea5', '888e9a30dffffba0'],
  hazards: ['33e9742bdb8ccec9'],
  hazardEvents: ['5bfbb862096cc7df', 'cbfa2fdb2712b29c'],
  patrols: ['70ce349acf047b7a'],
  examQuestions: ['2f68772fe0acfbae', 'dafdbe65a363d6b6'],
  conflicts: ['30e388d2f50f9692', '4fd28cf5494c8894'],
  writs: ['8c5702f5a283dbcf', 'dbc3cde4ce375d74'],
  tasks: ['cc802c3aed2f2efe'],
  draws: ['2f2b9f4b68c5f5fb'],
  cases: ['27a45e538471bc1a'],
};
