import type { OperatingStatus } from './enterprise';
import type { Hazard } from './hazard';
import type { HazardStatus, RemediationPlan } from './hazardStateMachine';
import { LISTED_STATES, type HazardState } from './hazardStates';
import type { ListingLevel } from './listingLevel';

/** 停产停业 holds from the listing until 核销 (or 作废): only while the hazard is listed. */
export function stopOrdered(status: HazardStatus): boolean {
  return LISTED_STATES.includes(status.state) && status.listing?.stopProduction === true;
}

/**
 * The enterprise's operating status as shown and counted: a listing's 停产停业 order overrides
 * the profile while it holds, and the profile's own value returns after 核销. Derived rather than
 * written into the enterprise document, so it follows the hazard's fold on every replica and
 * cannot drift from it.
 */
export function operatingStatusWhileListed(own: OperatingStatus, statuses: readonly HazardStatus[]): OperatingStatus {
  return statuses.some(stopOrdered) ? 'suspendedByEmergency' : own;
}

/** overdue: the review date has passed; due: within three days (the loop's amber); later; none: no date. */
export type ReviewDue = 'overdue' | 'due' | 'later' | 'none';

export function reviewDue(reviewDate: string | undefined, today: string): ReviewDue {
  if (!reviewDate) return 'none';
  if (reviewDate < today) return 'overdue';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 3);
  return reviewDate <= soon.toISOString().slice(0, 10) ? 'due' : 'later';
}

export interface ListingRow {
  hazard: Hazard;
  state: HazardState;
  level: ListingLevel;
  docNo: string;
  /** The listing authority's area code (absent on listings stored before it was kept). */
  areaCode: string | undefined;
  stopProduction: boolean;
  reviewDate: string | undefined;
  due: ReviewDue;
  plan: RemediationPlan['state'] | 'none';
}

export interface RegisterFilter {
  level?: ListingLevel | undefined;
  /** Also show hazards already written off (核销), for the year's register. */
  withWrittenOff?: boolean | undefined;
}

/**
 * 挂牌督办台账: the listed hazards among those the supervisor may see (their area's, by the
 * replication scope: a city supervisor's copy holds the towns below it), earliest review first.
 */
export function listingRegister(items: readonly { hazard: Hazard; status: HazardStatus }[], filter: RegisterFilter, today: string): ListingRow[] {
  const rows: ListingRow[] = [];
  for (const { hazard, status } of items) {
    const listing = status.listing;
    if (!listing) continue;
    const listed = LISTED_STATES.includes(status.state);
    if (!listed && !(filter.withWrittenOff && status.state === 'WRITTEN_OFF')) continue;
    if (filter.level && listing.level !== filter.level) continue;
    rows.push({
      hazard, state: status.state, level: listing.level, docNo: listing.docNo, areaCode: listing.areaCode,
      stopProduction: stopOrdered(status), reviewDate: listing.reviewDate, due: listed ? reviewDue(listing.reviewDate, today) : 'none',
      plan: status.plan?.state ?? 'none',
    });
  }
  const key = (r: ListingRow) => r.reviewDate ?? '9999-12-31';
  return rows.sort((a, b) => key(a).localeCompare(key(b)) || a.docNo.localeCompare(b.docNo));
}
