/** One document version as a puller received it, or as the server holds it. */
export interface Version {
  id: string;
  seq: number;
}

export interface PullAudit {
  /** Final versions the puller never received: each one is a skipped change. */
  missed: Version[];
  /** Versions received twice, or after a later version (the stream of changes went backwards). */
  outOfOrder: Version[];
}

/**
 * Checks invariant 4 for one puller: every final version was received, once, in sequence order.
 * A lower sequence that commits after a pull has passed it shows up in `missed`, unless a later
 * version of the same document overwrote it (then the puller still converges, which is fine).
 */
export function auditPuller(finalVersions: readonly Version[], received: readonly Version[]): PullAudit {
  const got = new Set(received.map((v) => `${v.id}@${v.seq}`));
  const missed = finalVersions.filter((v) => !got.has(`${v.id}@${v.seq}`));
  const outOfOrder: Version[] = [];
  let last: Version | undefined;
  for (const v of received) {
    if (last && (v.seq < last.seq || (v.seq === last.seq && v.id <= last.id))) outOfOrder.push(v);
    last = v;
  }
  return { missed, outOfOrder };
}
