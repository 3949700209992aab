import { expect, it } from 'vitest';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { migrate } from './migrate';
import { openPostgres } from './postgresClient';
import { openStore } from './openStore';
import { assignedScopeContract } from './assignedScopeContract';
import { authContract } from './authContract';
import { batchWriteContract } from './batchWriteContract';
import { officialNumberContract } from './officialNumberContract';
import { storeContract } from './storeContract';

describePostgres('PostgreSQL store', () => {
  const postgres = useThrowawayPostgres();

  // The same promises as the embedded store, on a real server: a new database for every test.
  storeContract('PostgreSQL (throw-away cluster)', async () => openStore({ databaseUrl: await postgres().newDatabase() }));
  officialNumberContract('PostgreSQL (throw-away cluster)', async () => openStore({ databaseUrl: await postgres().newDatabase() }));
  assignedScopeContract('PostgreSQL (throw-away cluster)', async () => openStore({ databaseUrl: await postgres().newDatabase() }));
  authContract('PostgreSQL (throw-away cluster)', async () => openStore({ databaseUrl: await postgres().newDatabase() }));
  batchWriteContract('PostgreSQL (throw-away cluster)', async () => openStore({ databaseUrl: await postgres().newDatabase() }));

  it('migrates once when several instances start at the same moment', async () => {
    const url = await postgres().newDatabase();
    const instances = await Promise.all(Array.from({ length: 4 }, () => openPostgres(url)));
    try {
      const applied = await Promise.all(instances.map((db) => migrate(db)));
      expect(applied.filter((versions) => versions.length > 0)).toHaveLength(1);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
  });
});
