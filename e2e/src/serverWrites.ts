import { Session } from '@anxun/shared-schema';

/** Signs in over real HTTP (not through a browser) and returns the access token. */
export async function tokenOf(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password, deviceId: `e2e-api-${username}` }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return Session.parse(await response.json()).accessToken;
}

/**
 * Pushes new documents as a user, as another device of theirs would: through the replication
 * push, so the server applies its write rules, scope and hazard verdicts. Throws on any refusal.
 */
export async function pushAs(baseUrl: string, token: string, collection: string, docs: object[]): Promise<void> {
  const response = await fetch(`${baseUrl}/api/replication/${collection}/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(docs.map((d) => ({ assumedMasterState: null, newDocumentState: { ...d, _deleted: false } }))),
  });
  const refused = response.headers.get('x-anxun-refused');
  if (!response.ok || refused) throw new Error(`push ${collection}: ${response.status} ${refused ? decodeURIComponent(refused) : await response.text()}`);
}

/** Pushes one edit of a document as a user whose device last saw `assumed` (possibly stale: the server then merges). */
export async function pushEditAs(baseUrl: string, token: string, collection: string, assumed: object, next: object): Promise<void> {
  const response = await fetch(`${baseUrl}/api/replication/${collection}/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify([{ assumedMasterState: assumed, newDocumentState: { ...next, _deleted: false } }]),
  });
  const refused = response.headers.get('x-anxun-refused');
  if (!response.ok || refused) throw new Error(`push ${collection}: ${response.status} ${refused ? decodeURIComponent(refused) : await response.text()}`);
}
