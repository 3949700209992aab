import type { CollectionName } from './collections';

/**
 * The released shape of every client collection, one fingerprint per RxDB schema version (index =
 * version): sha256 of schemaShape(toRxJsonSchema(name)), first 16 hex digits. Append a line when
 * a collection's schema changes, and bump its `version` in collections.ts in the same commit
 * (rxSchemaReleases.test.ts prints both). A device opening an older version migrates its local
 * copy (client/src/db/database.ts); without the bump RxDB refuses to open the database at all
 * (error DB6), leaving every tablet with unsynced work unable to start.
 *
 * Version 0 of every collection is the schema of the first release (7595fa8).
 */
export const RX_SCHEMA_RELEASES: Record<CollectionName, readonly string[]> = {
  grids: ['cda1b7e9c578dcac'],
  enterprises: ['48727a7f55f93ae5'],
  checklistTemplates: ['8d2936101d118a0c'],
  inspections: ['581c44f8577caea5'],
  hazards: ['33e9742bdb8ccec9'],
  hazardEvents: ['5bfbb862096cc7df'],
  patrols: ['70ce349acf047b7a'],
  examQuestions: ['2f68772fe0acfbae', '87c4da1d250d0bae'],
  conflicts: ['30e388d2f50f9692'],
  writs: ['8c5702f5a283dbcf'],
  tasks: ['cc802c3aed2f2efe'],
  draws: ['2f2b9f4b68c5f5fb'],
};
