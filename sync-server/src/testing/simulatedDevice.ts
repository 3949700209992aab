import { PullResponse, type Checkpoint, type WireDocument } from '@anxun/shared-schema';
import { canonical } from '../replication/documents';

type Post = (path: string, body: unknown, token: string) => Promise<Response>;
export interface LocalDoc {
  data: Record<string, unknown> & { id: string };
  deleted: boolean;
}

const same = (a: LocalDoc | undefined, b: LocalDoc | undefined) =>
  a !== undefined && b !== undefined && a.deleted === b.deleted && canonical(a.data) === canonical(b.data);
const fromWire = ({ _deleted, ...data }: WireDocument): LocalDoc => ({ data: data as LocalDoc['data'], deleted: _deleted });
const toWire = (doc: LocalDoc): WireDocument => ({ ...doc.data, _deleted: doc.deleted });

/**
 * A device that follows RxDB's replication protocol: a fork (local state) and the assumed master
 * state per document; pull never overwrites a document with unpushed local changes; push sends
 * (assumed, local) and adopts whatever the server answers.
 */
export class SimulatedDevice {
  readonly local = new Map<string, Map<string, LocalDoc>>();
  private readonly assumed = new Map<string, Map<string, LocalDoc>>();
  private readonly checkpoints = new Map<string, Checkpoint | null>();
  private lastBatch: { collection: string; rows: unknown[] } | undefined;

  constructor(
    readonly name: string,
    private readonly token: string,
    private readonly post: Post,
    /** Device clock offset: recorded in documents, never trusted by the server. */
    readonly clockSkewMs: number,
  ) {}

  now(): string {
    return new Date(Date.now() + this.clockSkewMs).toISOString();
  }

  docs(collection: string): Map<string, LocalDoc> {
    let docs = this.local.get(collection);
    if (!docs) this.local.set(collection, (docs = new Map()));
    return docs;
  }

  private assumedOf(collection: string): Map<string, LocalDoc> {
    let docs = this.assumed.get(collection);
    if (!docs) this.assumed.set(collection, (docs = new Map()));
    return docs;
  }

  write(collection: string, doc: LocalDoc): void {
    this.docs(collection).set(doc.data.id, doc);
  }

  pending(collection: string): LocalDoc[] {
    const assumed = this.assumedOf(collection);
    return [...this.docs(collection).values()].filter((d) => !same(d, assumed.get(d.data.id)));
  }

  async pull(collection: string): Promise<void> {
    const assumed = this.assumedOf(collection);
    for (;;) {
      const response = await this.post(`/api/replication/${collection}/pull`, { checkpoint: this.checkpoints.get(collection) ?? null, limit: 50 }, this.token);
      const page = PullResponse.parse(await response.json());
      if (page.documents.length === 0) return;
      for (const wire of page.documents) {
        const master = fromWire(wire);
        const id = master.data.id;
        const local = this.docs(collection).get(id);
        // A local change not yet pushed is never overwritten by a pull: the push will merge it.
        if (local && !same(local, assumed.get(id))) continue;
        this.docs(collection).set(id, master);
        assumed.set(id, master);
      }
      this.checkpoints.set(collection, page.checkpoint);
    }
  }

  /** Pushes pending changes. `loseResponse`: the server processes the batch but the answer never arrives. */
  async push(collection: string, loseResponse: boolean): Promise<void> {
    const pending = this.pending(collection);
    if (pending.length === 0) return;
    const assumed = this.assumedOf(collection);
    const rows = pending.map((doc) => {
      const before = assumed.get(doc.data.id);
      return { assumedMasterState: before ? toWire(before) : null, newDocumentState: toWire(doc) };
    });
    this.lastBatch = { collection, rows };
    const response = await this.post(`/api/replication/${collection}/push`, rows, this.token);
    if (response.status !== 200) throw new Error(`${this.name} push ${collection}: ${response.status} ${await response.text()}`);
    const conflicts = ((await response.json()) as WireDocument[]).map(fromWire);
    if (loseResponse) return;
    for (const doc of pending) assumed.set(doc.data.id, doc);
    for (const master of conflicts) {
      this.docs(collection).set(master.data.id, master);
      assumed.set(master.data.id, master);
    }
  }

  /** Sends the previous batch again, as a retry after a timeout would. */
  async repeatLastPush(): Promise<void> {
    if (!this.lastBatch) return;
    const response = await this.post(`/api/replication/${this.lastBatch.collection}/push`, this.lastBatch.rows, this.token);
    if (response.status !== 200) throw new Error(`${this.name} repeated push: ${response.status}`);
  }
}
