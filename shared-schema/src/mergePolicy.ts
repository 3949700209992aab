import type { CollectionName } from './collections';

/**
 * How the server settles a field when a pushed version was made from a stale base
 * (three-way merge: base = what the device last saw, server = current, pushed = the device's).
 * A field changed on one side only always takes that change; these rules decide the rest.
 */
export type FieldRule =
  /** Both changed: the push that reaches the server later wins; the server's value is logged. */
  | { kind: 'lastWriter' }
  /** Both changed: the server's value stays; the pushed value is logged. */
  | { kind: 'serverWins' }
  /** Append-only list of values (photos): the union, never a removal, never a conflict. */
  | { kind: 'union' }
  /** List of values as a set (tags): adds and removals of both sides apply. */
  | { kind: 'set' }
  /** List of identified items (people, checklist answers): merged item by item by `key`. */
  | { kind: 'byKey'; key: string; item: MergePolicy }
  /** Enum that only moves forward (inProgress → finished): both changed → the later one in `order`. */
  | { kind: 'precedence'; order: readonly string[] }
  /** Device timestamps shown to people: the latest instant, never logged. */
  | { kind: 'latest' };

export interface MergePolicy {
  fields: Readonly<Record<string, FieldRule>>;
  otherFields: FieldRule;
}

const lastWriter: FieldRule = { kind: 'lastWriter' };
const latest: FieldRule = { kind: 'latest' };

export const MERGE_POLICIES: Record<Exclude<CollectionName, 'hazardEvents'>, MergePolicy> = {
  grids: { fields: { officerIds: { kind: 'set' }, updatedAt: latest }, otherFields: lastWriter },
  enterprises: {
    fields: {
      people: { kind: 'byKey', key: 'id', item: { fields: {}, otherFields: lastWriter } },
      tags: { kind: 'set' },
      gridIds: { kind: 'set' },
      boundOfficerIds: { kind: 'set' },
      updatedAt: latest,
    },
    otherFields: lastWriter,
  },
  checklistTemplates: {
    fields: { items: { kind: 'byKey', key: 'code', item: { fields: {}, otherFields: lastWriter } }, updatedAt: latest },
    otherFields: lastWriter,
  },
  inspections: {
    fields: {
      answers: {
        kind: 'byKey', key: 'itemCode',
        item: { fields: { photoHashes: { kind: 'union' }, answeredAt: latest }, otherFields: lastWriter },
      },
      signatures: { kind: 'byKey', key: 'signerRole', item: { fields: {}, otherFields: lastWriter } },
      officerIds: { kind: 'set' },
      // Two officers examine different people on two tablets: each submitted quiz is kept.
      exams: { kind: 'byKey', key: 'id', item: { fields: {}, otherFields: lastWriter } },
      // A finished inspection is a legal record: a stale device cannot reopen it.
      status: { kind: 'precedence', order: ['inProgress', 'cancelled', 'finished'] },
      updatedAt: latest,
    },
    otherFields: lastWriter,
  },
  hazards: { fields: { photosBefore: { kind: 'union' }, updatedAt: latest }, otherFields: lastWriter },
  conflicts: { fields: {}, otherFields: { kind: 'serverWins' } },
  examQuestions: { fields: { updatedAt: latest }, otherFields: lastWriter },
  // Track fixes and check-ins are only ever added: two tabs or a retried push never lose one.
  patrols: { fields: { points: { kind: 'union' }, checkIns: { kind: 'union' }, updatedAt: latest }, otherFields: lastWriter },
  // The official number is the server's; signatures of several officers merge by signer.
  writs: {
    fields: {
      officialNo: { kind: 'serverWins' },
      signatures: { kind: 'byKey', key: 'signerName', item: { fields: {}, otherFields: lastWriter } },
      updatedAt: latest,
    },
    otherFields: lastWriter,
  },
  // A task done offline stays done when the supervisor's cancel or another device's start arrives later.
  tasks: { fields: { status: { kind: 'precedence', order: ['assigned', 'inProgress', 'cancelled', 'done'] }, updatedAt: latest }, otherFields: lastWriter },
  draws: { fields: {}, otherFields: { kind: 'serverWins' } },
  // A case only moves forward through its procedure: a stale device cannot take it back a step.
  cases: {
    fields: {
      status: { kind: 'precedence', order: ['filed', 'investigating', 'notified', 'decided', 'served', 'transferred', 'closed'] },
      hazardIds: { kind: 'set' },
      updatedAt: latest,
    },
    otherFields: lastWriter,
  },
};
