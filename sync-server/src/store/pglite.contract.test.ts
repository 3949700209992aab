import { openStore } from './openStore';
import { storeContract } from './storeContract';

// The embedded default: PGlite in memory, a new database for every test.
storeContract('PGlite (in memory)', () => openStore({ dataDir: undefined }));
