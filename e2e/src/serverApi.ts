import { PullResponse, Session, type WireDocument } from '@anxun/shared-schema';

/** What the server holds, read over real HTTP as a given user (not through any browser). */
export async function serverDocuments(baseUrl: string, username: string, password: string, collection: string): Promise<WireDocument[]> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password, deviceId: 'e2e-check' }),
  });
  const session = Session.parse(await login.json());
  const documents: WireDocument[] = [];
  let checkpoint: unknown = null;
  for (;;) {
    const response = await fetch(`${baseUrl}/api/replication/${collection}/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ checkpoint, limit: 500 }),
    });
    const page = PullResponse.parse(await response.json());
    if (page.documents.length === 0) return documents;
    documents.push(...page.documents);
    checkpoint = page.checkpoint;
  }
}
