import { daysBetween, LISTED_STATES, orderEvents, type HazardEvent } from '@anxun/shared-schema';
import type { HazardView } from '../../db/hazardRepository';

/** The groups of an enterprise's 整改清单, in the order they are shown: what needs it most first. */
export const RECTIFICATION_GROUPS = ['failed', 'rectifying', 'extension', 'submitted', 'confirming', 'supervised'] as const;
export type RectificationGroup = (typeof RECTIFICATION_GROUPS)[number];

export type Countdown = { kind: 'left' | 'today' | 'overdue'; days: number };

/** 剩 N 天 / 今日到期 / 逾期 N 天, by Asia/Shanghai dates: the deadline day itself is still on time. */
export function countdown(deadline: string, todayShanghai: string): Countdown {
  const days = daysBetween(todayShanghai, deadline);
  if (days > 0) return { kind: 'left', days };
  if (days === 0) return { kind: 'today', days: 0 };
  return { kind: 'overdue', days: -days };
}

export type LatestVerdict =
  | { kind: 'recheckFailed'; reason: string; deadline?: string | undefined; by: string; at: string }
  | { kind: 'recheckPassed'; by: string; at: string }
  | { kind: 'extensionApproved'; deadline?: string | undefined; by: string; at: string }
  | { kind: 'extensionRefused'; reason?: string | undefined; by: string; at: string };

/** The last decision on the enterprise's work (re-check or extension) that counts in the hazard's state. */
export function latestVerdict(view: Pick<HazardView, 'events' | 'status'>): LatestVerdict | null {
  const counted = new Set([...view.status.appliedEventIds, ...view.status.pendingEventIds]);
  const decisions = orderEvents(view.events).filter((e) => counted.has(e.id) && (e.type === 'verify' || e.type === 'decideExtension'));
  const last: HazardEvent | undefined = decisions[decisions.length - 1];
  if (!last) return null;
  const who = { by: last.actorName, at: last.verdict?.at ?? last.deviceTime };
  const p = last.payload;
  if (last.type === 'verify') return p.passed ? { kind: 'recheckPassed', ...who } : { kind: 'recheckFailed', reason: p.reason ?? '', deadline: p.deadline, ...who };
  return p.approved ? { kind: 'extensionApproved', deadline: p.deadline ?? view.status.deadline, ...who } : { kind: 'extensionRefused', reason: p.text ?? p.reason, ...who };
}

/** Which group an open hazard is in; null for drafts and closed ones. */
export function groupOf(view: Pick<HazardView, 'events' | 'status'>): RectificationGroup | null {
  switch (view.status.state) {
    case 'RECTIFYING':
      return latestVerdict(view)?.kind === 'recheckFailed' ? 'failed' : 'rectifying';
    case 'EXTENSION_REQUESTED':
      return 'extension';
    case 'SUBMITTED':
      return 'submitted';
    case 'REPORTED':
    case 'ESCALATED':
      return 'confirming';
    default:
      // 挂牌督办中, up to 核销 (复查合格待核销 included): the set named once in hazardStates.ts.
      return LISTED_STATES.includes(view.status.state) ? 'supervised' : null;
  }
}

/** The open hazards of one enterprise, grouped; within a group the nearest deadline first (overdue at the top). */
export function rectificationGroups<V extends Pick<HazardView, 'hazard' | 'events' | 'status'>>(views: readonly V[], enterpriseId: string): { group: RectificationGroup; items: V[] }[] {
  const byGroup = new Map<RectificationGroup, V[]>();
  for (const view of views) {
    if (view.hazard.enterpriseId !== enterpriseId) continue;
    const group = groupOf(view);
    if (!group) continue;
    byGroup.set(group, [...(byGroup.get(group) ?? []), view]);
  }
  const key = (v: V) => v.status.deadline ?? '9999-12-31';
  return RECTIFICATION_GROUPS.filter((g) => byGroup.has(g)).map((group) => ({
    group,
    items: (byGroup.get(group) ?? []).sort((a, b) => key(a).localeCompare(key(b)) || a.hazard.foundAt.localeCompare(b.hazard.foundAt)),
  }));
}
