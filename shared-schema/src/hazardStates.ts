/**
 * The hazard states and the sets every module counts by, named once here: the fold, KPIs, the
 * overview's SQL (its lists are built from these arrays), the partial index of migration 010
 * and the screens all use these, so a new state cannot be forgotten in one of them.
 */
export const HAZARD_STATES = [
  'DRAFT', 'REPORTED', 'REJECTED', 'RECTIFYING', 'EXTENSION_REQUESTED', 'SUBMITTED', 'CLOSED',
  'ESCALATED', 'LISTED', 'PLAN_APPROVED', 'RESUMPTION_REQUESTED', 'RECHECK_PASSED', 'WRITTEN_OFF', 'VOIDED',
] as const;
export type HazardState = (typeof HAZARD_STATES)[number];

/** No event but a comment is accepted any more. VOIDED: 作废 by a supervisor, kept in the ledger. */
export const TERMINAL_STATES: readonly HazardState[] = ['REJECTED', 'CLOSED', 'WRITTEN_OFF', 'VOIDED'];

/** Issued and not finished: neither a draft nor terminal. */
export const OPEN_STATES: readonly HazardState[] = HAZARD_STATES.filter((s) => s !== 'DRAFT' && !TERMINAL_STATES.includes(s));

/** Still to be rectified by the enterprise: the only states in which a hazard can be 逾期. */
export const TO_RECTIFY_STATES: readonly HazardState[] = ['RECTIFYING', 'EXTENSION_REQUESTED'];

/**
 * 挂牌督办中: listed and not yet written off (核销). A 停产停业 order of the listing holds in these
 * states only; the register lists them. RECHECK_PASSED: 复查合格, waiting for the listing authority's 核销.
 */
export const LISTED_STATES: readonly HazardState[] = ['LISTED', 'PLAN_APPROVED', 'RESUMPTION_REQUESTED', 'RECHECK_PASSED'];

/** Closed by the loop: 销号 (general) or 核销 (major). Neither REJECTED nor VOIDED is "closed". */
export const CLOSED_STATES: readonly HazardState[] = ['CLOSED', 'WRITTEN_OFF'];

/**
 * Hazards that count in the KPIs' denominators (闭环率, by source, major by listing): issued
 * hazards that were real. Drafts, rejected (不属实) and voided (作废) ones are left out; voided
 * hazards are counted on their own (KpiSet.voided).
 */
export const COUNTED_STATES: readonly HazardState[] = HAZARD_STATES.filter((s) => s !== 'DRAFT' && s !== 'REJECTED' && s !== 'VOIDED');

/** `state IN ('A', 'B')` for SQL, from one of the sets above (state names are fixed identifiers). */
export function sqlStateList(states: readonly HazardState[]): string {
  return `(${states.map((s) => `'${s}'`).join(', ')})`;
}
