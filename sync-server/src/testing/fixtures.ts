import type { ChecklistTemplate, Enterprise, Grid, Hazard, HazardEvent, Inspection } from '@anxun/shared-schema';

const now = () => new Date().toISOString();

export function inspectionFor(enterpriseId: string, id: string, type: Inspection['type'] = 'gridPatrol', officerId = 'u-officer-1'): Inspection {
  return {
    id, enterpriseId, templateId: 'general-industry@1', templateVersion: 1, type, status: 'inProgress', officerIds: [officerId],
    startedAt: now(), answers: [], signatures: [], summary: '', updatedAt: now(),
  };
}

/** A site photo's hash for fixture hazards: a hazard outside a checklist carries one (issue 13, item 9). No bytes are uploaded. */
export const FIXTURE_PHOTO = 'f1'.repeat(32);

export function hazardFor(enterpriseId: string, id: string, source: Hazard['source'], foundBy: string): Hazard {
  return {
    id, no: `YH-${id}`.slice(0, 40), enterpriseId, title: '配电箱未上锁', description: '配电箱柜门敞开，无锁具', location: '配电房', category: 'siteManagement',
    proposedLevel: 'general', basis: '', source, foundBy, foundAt: now(), photosBefore: [FIXTURE_PHOTO], requiredMeasures: '', updatedAt: now(),
  };
}

/** The signatures a finished inspection needs: the inspector's, and the principal's recorded refusal (issue 13, item 8). */
export function signaturesFor(officerName = '王建国'): Inspection['signatures'] {
  const at = now();
  return [
    { signerName: officerName, signerRole: 'officer', image: 'data:image/png;base64,iVBORw0KGgo=', refused: false, at },
    { signerName: '黄志强', signerRole: 'enterpriseRepresentative', refused: true, witness: '李海燕', refusalReason: '对检查结论有异议', at },
  ];
}

/** A comment stamped as the actor's own client would stamp it (a supervisor's area included). */
export function commentFor(hazard: { id: string; enterpriseId: string }, id: string, actor: { userId: string; role: HazardEvent['actorRole']; officerKind?: HazardEvent['actorKind']; areaCode?: string | undefined }): HazardEvent {
  return {
    id, hazardId: hazard.id, enterpriseId: hazard.enterpriseId, type: 'comment', payload: { text: '补充说明' }, actorId: actor.userId, actorRole: actor.role,
    ...(actor.officerKind ? { actorKind: actor.officerKind } : {}), ...(actor.role === 'supervisor' && actor.areaCode ? { actorAreaCode: actor.areaCode } : {}), actorName: 'test', deviceId: 'test', deviceTime: now(), updatedAt: now(),
  };
}

export function enterpriseIn(gridId: string, areaCode: string, id: string): Enterprise {
  return {
    id, name: `测试企业${id}`, uscc: '91320582MA1X00000N', usccWarningAccepted: false, regAddress: '', siteAddress: '测试地址', areaCode, townName: '杨舍镇',
    villageName: '', gridIds: [gridId], industryCode: '', supervisionCategory: 'machinery', lineDepartment: '', scale: 'belowSize', headcount: 10,
    operatingStatus: 'operating', riskColour: 'yellow', tags: [], people: [], boundOfficerIds: [], landlord: '', notes: '', updatedAt: now(),
  };
}

export function gridIn(areaCode: string, id: string): Grid {
  return { id, name: `测试网格${id}`, type: 'industrial', areaCode, townName: '杨舍镇', officerIds: [], outline: [], updatedAt: now() };
}

export function templateWith(id: string): ChecklistTemplate {
  return {
    id, code: id.replace(/[^a-z0-9-]/g, '').slice(0, 40) || 't', version: 1, name: '测试检查表', appliesToTags: [], appliesToCategories: [], retired: false, updatedAt: now(),
    items: [{ code: 'T-01', section: 'basicManagement', text: '测试项', howToCheck: 'site', basis: '', majorHazardCriterion: false, defaultDeadlineDays: 7 }],
  };
}
