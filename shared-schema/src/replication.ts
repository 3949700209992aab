import { z } from 'zod';
import { Principal } from './user';

/**
 * Pull checkpoint: the server sequence of the last document delivered, the id as tie-break,
 * and a fingerprint of the user's scope. A checkpoint from another scope restarts the pull at
 * zero, so documents that became visible (an officer took over a grid) reach the device even
 * though their sequence numbers are old.
 */
export const Checkpoint = z.object({
  seq: z.number().int().min(0),
  id: z.string().max(64),
  scope: z.string().max(64),
});
export type Checkpoint = z.infer<typeof Checkpoint>;

export const PullRequest = z.object({
  checkpoint: Checkpoint.nullable(),
  limit: z.number().int().min(1).max(1000),
});
export type PullRequest = z.infer<typeof PullRequest>;

/** A replicated document as it travels: the collection's fields plus `_deleted`. Parsed per collection. */
export const WireDocument = z.looseObject({ id: z.string(), _deleted: z.boolean() });
export type WireDocument = z.infer<typeof WireDocument>;

export const PullResponse = z.object({
  documents: z.array(WireDocument),
  checkpoint: Checkpoint.nullable(),
});
export type PullResponse = z.infer<typeof PullResponse>;

/**
 * Many collections' pulls in one request (issue 17: a reconnecting tablet made 13): each part is
 * what `POST /api/replication/:collection/pull` takes, plus its collection, named at most once.
 * The collection is checked by the server, so an unknown one answers `unknown_collection` as the
 * single pull does.
 */
export const PullBatchPart = PullRequest.extend({ collection: z.string().min(1).max(64) });
export type PullBatchPart = z.infer<typeof PullBatchPart>;

/** At most this many parts: one per collection the device replicates, with room for new ones. */
export const MAX_PULL_BATCH_PARTS = 32;

export const PullBatchRequest = z.array(PullBatchPart).min(1).max(MAX_PULL_BATCH_PARTS).superRefine((parts, ctx) => {
  const seen = new Set<string>();
  parts.forEach((part, index) => {
    if (seen.has(part.collection)) ctx.addIssue({ code: 'custom', path: [index, 'collection'], message: 'collection named twice' });
    seen.add(part.collection);
  });
});
export type PullBatchRequest = z.infer<typeof PullBatchRequest>;

/** One page per part, in the order asked: each exactly what the collection's own pull would answer. */
export const PullBatchResponse = z.array(PullResponse.extend({ collection: z.string() }));
export type PullBatchResponse = z.infer<typeof PullBatchResponse>;

export const PushRow = z.object({
  assumedMasterState: WireDocument.nullable().optional(),
  newDocumentState: WireDocument,
});
export type PushRow = z.infer<typeof PushRow>;

export const PushRequest = z.array(PushRow).max(500);
export type PushRequest = z.infer<typeof PushRequest>;

/** The server's state of every row whose assumed state was stale, merged, or refused. */
export const PushResponse = z.array(WireDocument);
export type PushResponse = z.infer<typeof PushResponse>;

/** One Server-Sent Event on /stream: new documents for this user, or a signal to pull again. */
export const StreamMessage = z.union([
  z.object({ documents: z.array(WireDocument), checkpoint: Checkpoint }),
  z.literal('RESYNC'),
]);
export type StreamMessage = z.infer<typeof StreamMessage>;

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  deviceId: z.string().min(1).max(64),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const RefreshRequest = z.object({ refreshToken: z.string().min(10).max(500) });

export const Session = z.object({
  accessToken: z.string(),
  accessExpiresAt: z.iso.datetime({ offset: true }),
  refreshToken: z.string(),
  principal: Principal,
});
export type Session = z.infer<typeof Session>;

/** One message of the combined stream (GET /api/replication/stream): every collection on one connection. */
export const TaggedStreamMessage = z.object({ collection: z.string(), message: StreamMessage });
export type TaggedStreamMessage = z.infer<typeof TaggedStreamMessage>;
