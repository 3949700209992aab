import { addDays, daysBetween, type HazardEvent, type Role } from '@anxun/shared-schema';
import type { HazardView } from '../../db/hazardRepository';

export type NotificationKind =
  | 'newHazard' | 'recheckFailed' | 'recheckPassed' | 'extensionApproved' | 'extensionRefused' // enterprise
  | 'submitted' | 'extensionRequested' | 'selfReported' // officer (and supervisor)
  | 'escalated' // supervisor
  | 'referralAccepted' | 'referralReturned' // the officer who referred a hazard to enforcement (抄告)
  | 'overdue' | 'refused'; // everyone

export interface AppNotification {
  /** Stable across derivations, so a read mark keeps holding. */
  id: string;
  kind: NotificationKind;
  hazardId: string;
  enterpriseId: string;
  title: string;
  /** Server time of the event it is about (an instant), used to order the list. */
  at: string;
  reason?: string | undefined;
  /** For a refusal: the server's code, so the reason can be said in the user's language. */
  code?: string | undefined;
  deadline?: string | undefined;
  days?: number | undefined;
  eventType?: HazardEvent['type'] | undefined;
}

export interface Reader {
  userId: string;
  role: Role;
}

/** Midnight (Asia/Shanghai) after a date, as an instant: when a deadline was missed. */
const dayAfter = (date: string) => new Date(`${addDays(date, 1)}T00:00:00+08:00`).toISOString();

const FIRST_STEPS: readonly HazardEvent['type'][] = ['assign', 'report', 'confirmGeneral', 'fixOnSpot'];

/**
 * What a user should hear about, derived purely from the hazards and events synced to this device
 * (no push needed): only events the server has judged count, so "once synced" is built in, and an
 * officer's device holds only their grids, an enterprise's only itself.
 */
export function deriveNotifications(views: readonly Pick<HazardView, 'hazard' | 'events' | 'status' | 'overdue'>[], me: Reader, todayShanghai: string): AppNotification[] {
  const out: AppNotification[] = [];
  for (const { hazard, events, status, overdue } of views) {
    const base = { hazardId: hazard.id, enterpriseId: hazard.enterpriseId, title: hazard.title };
    const judged = events.filter((e) => e.verdict).sort((a, b) => (a.verdict?.seq ?? 0) - (b.verdict?.seq ?? 0));
    const first = judged.find((e) => e.verdict?.accepted && FIRST_STEPS.includes(e.type));
    if (first && hazard.foundBy !== me.userId) {
      if (me.role === 'enterprise' && first.type !== 'fixOnSpot') out.push({ ...base, id: `new:${hazard.id}`, kind: 'newHazard', at: first.verdict?.at ?? first.deviceTime, deadline: first.payload.deadline });
      if (me.role !== 'enterprise' && hazard.source === 'enterpriseSelfCheck') out.push({ ...base, id: `self:${hazard.id}`, kind: 'selfReported', at: first.verdict?.at ?? first.deviceTime });
    }
    let referrer: string | undefined;
    for (const e of judged) {
      if (e.type === 'referToEnforcement' && e.verdict?.accepted) referrer = e.actorId;
      const at = e.verdict?.at ?? e.deviceTime;
      const about = { ...base, id: `event:${e.id}`, at, eventType: e.type };
      if (e.actorId === me.userId) {
        if (e.verdict && !e.verdict.accepted) out.push({ ...about, kind: 'refused', reason: e.verdict.reason, code: e.verdict.code });
        continue;
      }
      if (!e.verdict?.accepted) continue;
      const p = e.payload;
      // 吹哨: whoever referred the hazard hears what enforcement made of it (the last referral's outcome).
      if ((e.type === 'acceptReferral' || e.type === 'returnReferral') && referrer === me.userId) {
        out.push({ ...about, kind: e.type === 'acceptReferral' ? 'referralAccepted' : 'referralReturned', reason: p.reason ?? p.text });
      }
      if (me.role === 'enterprise') {
        if (e.type === 'verify') out.push(p.passed ? { ...about, kind: 'recheckPassed' } : { ...about, kind: 'recheckFailed', reason: p.reason, deadline: p.deadline });
        if (e.type === 'decideExtension') out.push(p.approved ? { ...about, kind: 'extensionApproved', deadline: p.deadline } : { ...about, kind: 'extensionRefused', reason: p.text ?? p.reason });
      } else {
        if (e.type === 'submitRectification') out.push({ ...about, kind: 'submitted', reason: p.measures });
        if (e.type === 'requestExtension') out.push({ ...about, kind: 'extensionRequested', reason: p.reason, deadline: p.deadline });
        if (me.role === 'supervisor' && e.type === 'escalate') out.push({ ...about, kind: 'escalated' });
      }
    }
    // Supervisors follow overdue items in the console; the people who act on them hear of them here.
    if (overdue && status.deadline && me.role !== 'supervisor') {
      out.push({ ...base, id: `overdue:${hazard.id}:${status.deadline}`, kind: 'overdue', at: dayAfter(status.deadline), deadline: status.deadline, days: daysBetween(status.deadline, todayShanghai) });
    }
  }
  return out.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}

export function unreadCount(notifications: readonly AppNotification[], read: ReadonlySet<string>): number {
  return notifications.reduce((n, item) => n + (read.has(item.id) ? 0 : 1), 0);
}
