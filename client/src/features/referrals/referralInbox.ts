import type { HazardView } from '../../db/hazardRepository';

export type ReferralSection = 'pending' | 'accepted' | 'returned';

/**
 * 吹哨员 inbox: the hazards of this device (the officer's grids) referred to enforcement, by what
 * became of the last referral. Newest referral first.
 */
export function referralInbox(views: readonly HazardView[]): Record<ReferralSection, HazardView[]> {
  const out: Record<ReferralSection, HazardView[]> = { pending: [], accepted: [], returned: [] };
  for (const view of views) {
    const referral = view.status.referral;
    if (referral) out[referral.state === 'pending' ? 'pending' : referral.state].push(view);
  }
  const newest = (a: HazardView, b: HazardView) => (b.status.referral?.referredAt ?? '').localeCompare(a.status.referral?.referredAt ?? '');
  for (const list of Object.values(out)) list.sort(newest);
  return out;
}
