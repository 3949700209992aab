import { z } from 'zod';
import { DocumentBase, Id, IsoDateTime } from './primitives';

/**
 * One field the server's merge settled against somebody's edit, or a write the server refused
 * (invariant 2: every edit ends in the merged document or here, visibly). Values are JSON text so any field type fits.
 * Written by the server only. A merge record is replicated to everyone who may see the document;
 * a refusal only to its author, the author's own enterprise and the supervisors of the author's
 * area (it holds the author's text, and the stored document only when the author may read it).
 */
export const ConflictRecord = z.object({
  ...DocumentBase,
  /** merge: a field both sides changed; refused: a write the user's role or scope does not allow. */
  kind: z.enum(['merge', 'refused']),
  reason: z.string().max(500).optional(),
  collection: z.string().max(40),
  documentId: Id,
  enterpriseId: Id.optional(),
  /** A merge about a case file (caseVisibility.ts): read by whoever may read the case record only. */
  caseRecord: z.boolean().optional(),
  /** Readable path, e.g. `people[p-1-2].phone` or `_deleted`. */
  field: z.string().max(300),
  /** The same path as JSON segments: strings are fields, {key,value} picks an item of a list. */
  pathJson: z.string().max(2000),
  baseJson: z.string().max(20_000),
  serverJson: z.string().max(20_000),
  pushedJson: z.string().max(20_000),
  keptJson: z.string().max(20_000),
  serverAuthor: z.string().max(64),
  serverDevice: z.string().max(64),
  pushAuthor: z.string().max(64),
  pushDevice: z.string().max(64),
  detectedAt: IsoDateTime,
  status: z.enum(['open', 'resolved']),
  resolution: z.enum(['keptMerged', 'appliedOther']).optional(),
  resolvedBy: z.string().max(64).optional(),
  resolvedAt: IsoDateTime.optional(),
  note: z.string().max(1000).optional(),
});
export type ConflictRecord = z.infer<typeof ConflictRecord>;

/**
 * A supervisor settles a conflict record: keep what was stored, or apply the value a merge
 * overrode. A refusal can only be acknowledged (applyOther: false).
 */
export const ConflictResolveRequest = z.object({ applyOther: z.boolean(), note: z.string().max(1000).optional() });
export type ConflictResolveRequest = z.infer<typeof ConflictResolveRequest>;
