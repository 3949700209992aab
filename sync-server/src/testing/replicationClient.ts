import { PullResponse, type WireDocument } from '@anxun/shared-schema';
import type { TestServer } from './testServer';

/** Pulls a whole collection (or from a checkpoint) over the app's HTTP interface. */
export async function pullAll(server: TestServer, collection: string, token: string, from: unknown = null): Promise<{ documents: WireDocument[]; checkpoint: unknown }> {
  const documents: WireDocument[] = [];
  let checkpoint = from;
  for (;;) {
    const response = await server.post(`/api/replication/${collection}/pull`, { checkpoint, limit: 500 }, token);
    if (response.status !== 200) throw new Error(`pull ${collection}: ${response.status} ${await response.text()}`);
    const page = PullResponse.parse(await response.json());
    if (page.documents.length === 0) return { documents, checkpoint: page.checkpoint ?? checkpoint };
    documents.push(...page.documents);
    checkpoint = page.checkpoint;
  }
}

/** Pushes rows and returns the status, the answered documents and the refused ids. */
export async function pushRows(server: TestServer, collection: string, token: string, rows: unknown[]) {
  const response = await server.post(`/api/replication/${collection}/push`, rows, token);
  const refusedHeader = response.headers.get('x-anxun-refused');
  const refused = refusedHeader ? (JSON.parse(decodeURIComponent(refusedHeader)) as { id: string; reason: string }[]) : [];
  const body: unknown = await response.json();
  return { status: response.status, body, refused };
}
