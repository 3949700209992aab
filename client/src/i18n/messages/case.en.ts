import type { caseZh } from './case.zh';

/** English — referrals to enforcement (whistle officers), cases and case writs. */
export const caseEn: Record<keyof typeof caseZh, string> = {
  'refusal.alreadyReferred': 'This hazard is already referred to enforcement (pending or accepted): no need to refer it again',
  'refusal.notReferred': 'This hazard has no pending referral: another enforcement officer may have decided it. Refresh and look again',
  'refusal.enforcementOnly': 'Only enforcement officers accept or return referrals: ask the enforcement officer of this grid',
  'refusal.ownReferral': 'You cannot decide a referral you made yourself: another enforcement officer must',
  'referral.title': 'Referrals to enforcement',
  'referral.pending': 'To accept {count}',
  'referral.accepted': 'Accepted {count}',
  'referral.returned': 'Returned {count}',
  'referral.empty': 'None',
  'referral.by': 'referred by {name} at {time}',
  'referral.outcome.accepted': 'Accepted by enforcement officer {name} {reason}',
  'referral.outcome.returned': 'Returned by enforcement officer {name}: {reason}',
  'referral.outcome.pending': 'Waiting for an enforcement officer',
  'referral.field': 'Referral to enforcement',
  'nav.referrals': 'Referrals',
  'notify.kind.referralAccepted': 'Referral accepted',
  'notify.kind.referralReturned': 'Referral returned',
};
