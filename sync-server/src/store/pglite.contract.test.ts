import { openStore } from './openStore';
import { assignedScopeContract } from './assignedScopeContract';
import { authContract } from './authContract';
import { batchWriteContract } from './batchWriteContract';
import { officialNumberContract } from './officialNumberContract';
import { storeContract } from './storeContract';

// The embedded default: PGlite in memory, a new database for every test.
storeContract('PGlite (in memory)', () => openStore({ dataDir: undefined }));
officialNumberContract('PGlite (in memory)', () => openStore({ dataDir: undefined }));
assignedScopeContract('PGlite (in memory)', () => openStore({ dataDir: undefined }));
authContract('PGlite (in memory)', () => openStore({ dataDir: undefined }));
batchWriteContract('PGlite (in memory)', () => openStore({ dataDir: undefined }));
