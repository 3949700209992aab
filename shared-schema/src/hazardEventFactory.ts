import type { Hazard } from './hazard';
import type { HazardEvent, HazardEventPayload, HazardEventType } from './hazardEvents';
import { judgeEvent, TRANSITION_RULES, type HazardStatus, type Judgement } from './hazardStateMachine';
import { supervisorLevel } from './listingLevel';
import type { Principal } from './user';

export interface EventAuthor {
  principal: Principal;
  deviceId: string;
}

/** A new event by this user on this device; `id` is generated on the device (offline). */
export function newHazardEvent(hazard: Hazard, type: HazardEventType, payload: HazardEventPayload, author: EventAuthor, id: string, now = new Date()): HazardEvent {
  const at = now.toISOString();
  return {
    id, hazardId: hazard.id, enterpriseId: hazard.enterpriseId, type, payload,
    actorId: author.principal.userId, actorRole: author.principal.role,
    ...(author.principal.officerKind ? { actorKind: author.principal.officerKind } : {}),
    // A supervisor's area gives their level (listing authority); the server checks it is theirs.
    ...(author.principal.role === 'supervisor' && author.principal.areaCode ? { actorAreaCode: author.principal.areaCode } : {}),
    actorName: author.principal.displayName, deviceId: author.deviceId, deviceTime: at, updatedAt: at,
  };
}

/**
 * The actions this user may take on a hazard in its current state, judged by the same rules the
 * server applies (payload requirements aside), so the screen offers only what will be accepted.
 */
export function availableActions(hazard: Hazard, status: HazardStatus, author: EventAuthor): { type: HazardEventType; judgement: Judgement }[] {
  // 挂牌 is probed at the supervisor's own level, the only one the rules accept; a rectification
  // with the measures and after photo its form asks for (the payload is the form's to fill).
  const probe = (type: HazardEventType): HazardEventPayload => {
    if (type === 'submitRectification') return { measures: 'probe', photos: ['0'.repeat(64)] };
    const level = type === 'list' ? supervisorLevel(author.principal.areaCode) : undefined;
    return level ? { listingLevel: level } : {};
  };
  return (Object.keys(TRANSITION_RULES) as HazardEventType[])
    .map((type) => ({ type, judgement: judgeEvent(hazard, status, newHazardEvent(hazard, type, probe(type), author, 'probe')) }))
    .filter((a) => a.judgement.ok);
}
