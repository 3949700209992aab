// The comparison row's server (issue 17): express-pouchdb over in-memory PouchDB, in a process of
// its own as Anxun's server is. pouchdbRow.ts starts it with the port as its argument. Its packages
// live in bench/pouchdb, never in the app's dependency tree; the memory adapter needs no native
// leveldown build. What is measured is replication, so the store being memory only favours PouchDB.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Response {
  type(mime: string): { send(body: string): void };
}

const load = createRequire(fileURLToPath(new URL('./pouchdb/package.json', import.meta.url)));
const PouchDB = load('pouchdb-core').plugin(load('pouchdb-adapter-memory')).plugin(load('pouchdb-adapter-http')).plugin(load('pouchdb-mapreduce')).plugin(load('pouchdb-replication'));
const app = load('express')();
// A blank page of this origin for the browser's PouchDB: its replication is then same-origin (no CORS).
app.get('/_bench', (_request: unknown, response: Response) => response.type('html').send('<!doctype html><meta charset="utf-8"><title>PouchDB bench</title>'));
app.use('/', load('express-pouchdb')(PouchDB.defaults({ adapter: 'memory' }), { mode: 'minimumForPouchDB', inMemoryConfig: true }));
app.listen(Number(process.argv[2]), '127.0.0.1', () => console.info('listening'));
