import { describe, expect, it } from 'vitest';
import { foldHazard, isOverdue, type Hazard, type HazardEvent } from '@anxun/shared-schema';
import { AFTER_PHOTO, sampleEvent, sampleHazard } from '@anxun/shared-schema/testing';
import { deriveNotifications, unreadCount } from './deriveNotifications';
import { ReadMarks } from './readMarks';
import { MemoryStorage } from '../../testing/MemoryStorage';

const officer = { role: 'officer', kind: 'grid', id: 'u-officer' } as const;
const enterprise = { role: 'enterprise', id: 'u-ent' } as const;
let seq = 0;
const synced = (e: HazardEvent, accepted = true, reason?: string): HazardEvent => {
  seq += 1;
  return { ...e, verdict: { accepted, seq, at: `2026-03-0${Math.min(9, seq)}T02:00:00.000Z`, ...(accepted ? {} : { code: 'invalid_transition', reason: reason ?? '' }) } };
};
const view = (events: HazardEvent[], hazard: Hazard = sampleHazard({ foundBy: 'u-officer' }), today = '2026-03-05') => {
  const status = foldHazard(hazard, events);
  return { hazard, events, status, overdue: isOverdue(status, today) };
};
const kinds = (list: { kind: string }[]) => list.map((n) => n.kind);

describe('notifications derived from synced data', () => {
  const assign = synced(sampleEvent('assign', { deadline: '2026-03-10' }, officer));
  const submit = synced(sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: '已加装防护罩' }, enterprise));
  const fail = synced(sampleEvent('verify', { passed: false, reason: '防护罩未固定', deadline: '2026-03-20' }, officer));

  it('tells the enterprise of a new hazard and the re-check verdict with its reason and new deadline', () => {
    const list = deriveNotifications([view([assign, submit, fail])], { userId: 'u-ent', role: 'enterprise' }, '2026-03-05');
    expect(kinds(list)).toEqual(['recheckFailed', 'newHazard']);
    expect(list[0]).toMatchObject({ reason: '防护罩未固定', deadline: '2026-03-20' });
  });

  it('tells the officer of submitted rectifications and extension requests, not of their own actions', () => {
    const ask = synced(sampleEvent('requestExtension', { reason: '配件未到', deadline: '2026-03-25' }, enterprise));
    const list = deriveNotifications([view([assign, submit, fail, ask])], { userId: 'u-officer', role: 'officer' }, '2026-03-05');
    expect(kinds(list)).toEqual(['extensionRequested', 'submitted']);
  });

  it('says nothing of events that have not been synced (no verdict yet)', () => {
    const pendingSubmit = sampleEvent('submitRectification', { photos: [AFTER_PHOTO], measures: 'x' }, enterprise);
    expect(deriveNotifications([view([assign, pendingSubmit])], { userId: 'u-officer', role: 'officer' }, '2026-03-05')).toEqual([]);
  });

  it('lists overdue items for the officer and the enterprise, by Asia/Shanghai date, with one stable id per deadline', () => {
    const late = view([assign], sampleHazard({ foundBy: 'u-officer' }), '2026-03-12');
    const list = deriveNotifications([late], { userId: 'u-officer', role: 'officer' }, '2026-03-12');
    expect(list).toEqual([expect.objectContaining({ kind: 'overdue', id: 'overdue:hz-1:2026-03-10', days: 2, at: '2026-03-10T16:00:00.000Z' })]);
    expect(kinds(deriveNotifications([late], { userId: 'u-officer', role: 'officer' }, '2026-03-10'))).toEqual(['overdue']);
    expect(kinds(deriveNotifications([view([assign])], { userId: 'u-officer', role: 'officer' }, '2026-03-10'))).toEqual([]);
  });

  it('marks a self-check finding for the grid officer and tells authors of their refused actions', () => {
    const selfCheck = sampleHazard({ source: 'enterpriseSelfCheck', foundBy: 'u-ent' });
    const selfAssign = synced(sampleEvent('assign', { deadline: '2026-03-10' }, enterprise));
    expect(kinds(deriveNotifications([view([selfAssign], selfCheck)], { userId: 'u-officer', role: 'officer' }, '2026-03-05'))).toEqual(['selfReported']);
    const refused = synced(sampleEvent('escalate', {}, officer), false, '隐患当前为「待复查」，不能「上报上级（疑似重大）」');
    const list = deriveNotifications([view([assign, submit, refused])], { userId: 'u-officer', role: 'officer' }, '2026-03-05');
    expect(list[0]).toMatchObject({ kind: 'refused', code: 'invalid_transition', eventType: 'escalate' });
  });
});

describe('referral outcomes (抄告执法)', () => {
  const enforcer = { role: 'officer', kind: 'enforcement', id: 'u-enf' } as const;
  const refer = synced(sampleEvent('referToEnforcement', { text: '无证动火' }, officer));

  it('tells the referring officer that enforcement returned the referral, with the reason; nobody else', () => {
    const back = synced(sampleEvent('returnReferral', { reason: '属消防部门职责' }, enforcer));
    const list = deriveNotifications([view([refer, back])], { userId: 'u-officer', role: 'officer' }, '2026-03-05');
    expect(list).toEqual([expect.objectContaining({ kind: 'referralReturned', reason: '属消防部门职责' })]);
    expect(kinds(deriveNotifications([view([refer, back])], { userId: 'u-other', role: 'officer' }, '2026-03-05'))).toEqual([]);
  });

  it('tells the referring officer of the acceptance once the server has judged it', () => {
    const accept = sampleEvent('acceptReferral', {}, enforcer);
    expect(kinds(deriveNotifications([view([refer, accept])], { userId: 'u-officer', role: 'officer' }, '2026-03-05'))).toEqual([]);
    expect(kinds(deriveNotifications([view([refer, synced(accept)])], { userId: 'u-officer', role: 'officer' }, '2026-03-05'))).toEqual(['referralAccepted']);
  });
});

describe('read marks', () => {
  it('count unread, survive a reload from storage, and tell subscribers', () => {
    const storage = new MemoryStorage();
    const marks = new ReadMarks('k', storage);
    let heard = 0;
    marks.subscribe(() => (heard += 1));
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    marks.markRead(['a']);
    marks.markRead(['a']);
    expect(heard).toBe(1);
    expect(unreadCount(items as never, new ReadMarks('k', storage).get())).toBe(2);
    marks.markRead(items.map((i) => i.id));
    expect(unreadCount(items as never, new ReadMarks('k', storage).get())).toBe(0);
  });
});
