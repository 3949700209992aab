import { addDays, shanghaiDate, type Enterprise, type Hazard, type HazardEvent, type HazardEventPayload } from '@anxun/shared-schema';
import { DEMO_TEMPLATES } from './checklistTemplates';
import { DEMO_AFTER_PHOTO } from './demoPhoto';
import { DEMO_USERS } from './demoUsers';

export interface DemoHazard {
  hazard: Hazard;
  events: HazardEvent[];
}

type Step = [type: HazardEvent['type'], actor: string, payload: HazardEventPayload, daysAgo: number];

/** Open hazards in several states, dated relative to `now` so deadlines and overdue make sense. */
export function demoHazards(enterprises: Enterprise[], now: Date): DemoHazard[] {
  const today = shanghaiDate(now);
  const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
  const officerOf = (e: Enterprise) => e.boundOfficerIds[0] ?? 'u-officer-1';
  const stories: { enterprise: number; item: string; level: Hazard['proposedLevel']; steps: (officer: string) => Step[] }[] = [
    // DE-13 (cleaning records), not DE-10: only 积尘严重 is the 判定 item (令第10号 第十一条第（十）项).
    { enterprise: 0, item: 'DE-13', level: 'general', steps: (o) => [['assign', o, { deadline: addDays(today, 5), responsiblePerson: '车间主任' }, 3]] },
    { enterprise: 0, item: 'DE-11', level: 'general', steps: (o) => [['assign', o, { deadline: addDays(today, -4) }, 20]] },
    { enterprise: 1, item: 'GM-03', level: 'general', steps: (o) => [
      ['assign', o, { deadline: addDays(today, -2) }, 15],
      ['submitRectification', 'u-ent-2', { measures: '已组织全员补训并建立培训档案', costYuan: 1200, photos: [DEMO_AFTER_PHOTO.hash] }, 1],
    ] },
    { enterprise: 2, item: 'DE-03', level: 'major', steps: (o) => [['report', o, {}, 2]] },
    { enterprise: 3, item: 'CS-01', level: 'major', steps: (o) => [['report', o, {}, 6], ['escalate', o, {}, 5]] },
    { enterprise: 5, item: 'GM-02', level: 'major', steps: (o) => [['report', o, {}, 1]] },
    // A 判定 item's hazard is reported as 重大 (awaiting confirmation), never assigned as 一般.
    { enterprise: 26, item: 'DE-05', level: 'major', steps: (o) => [['report', o, {}, 25]] },
    { enterprise: 27, item: 'CS-10', level: 'general', steps: (o) => [['assign', o, { deadline: addDays(today, 3) }, 4], ['requestExtension', o, { reason: '通风设备到货延迟', deadline: addDays(today, 15) }, 1]] },
    { enterprise: 50, item: 'NS-02', level: 'general', steps: (o) => [['assign', o, { deadline: addDays(today, -1) }, 3]] },
    { enterprise: 51, item: 'NS-05', level: 'general', steps: (o) => [['assign', o, { deadline: addDays(today, 2) }, 1]] },
    { enterprise: 63, item: 'GM-01', level: 'major', steps: (o) => [['report', o, {}, 2]] },
  ];
  const items = new Map(DEMO_TEMPLATES.flatMap((t) => t.items.map((i) => [i.code, i] as const)));
  return stories.map((story, index) => {
    const enterprise = enterprises[story.enterprise];
    const item = items.get(story.item);
    if (!enterprise || !item) throw new Error(`demo hazard ${index} refers to missing data`);
    const officer = officerOf(enterprise);
    const steps = story.steps(officer);
    const firstDay = steps[0]?.[3] ?? 1;
    const hazardId = `hz-demo-${String(index + 1).padStart(3, '0')}`;
    const hazard: Hazard = {
      id: hazardId, no: `YH-DEMO-${String(index + 1).padStart(4, '0')}`, enterpriseId: enterprise.id, checklistItemCode: item.code,
      title: item.text.slice(0, 40), description: `检查发现：${item.text}，现场不符合要求。`, location: ['一号车间', '除尘器区域', '仓库', '配电房', '出入口'][index % 5] ?? '',
      category: item.section === 'basicManagement' ? 'basicManagement' : 'siteManagement', proposedLevel: story.level, basis: item.basis,
      source: 'gridPatrol', foundBy: officer, foundAt: iso(firstDay + 0.1), photosBefore: [], requiredMeasures: '按检查表要求立即整改并上传整改照片', updatedAt: iso(firstDay + 0.1),
    };
    const events: HazardEvent[] = steps.map(([type, actorId, payload, daysAgo], n) => {
      const actor = DEMO_USERS.find((u) => u.userId === actorId);
      if (!actor) throw new Error(`unknown demo actor ${actorId}`);
      return {
        id: `${hazardId}-ev${n + 1}`, hazardId, enterpriseId: enterprise.id, type, payload, actorId, actorRole: actor.role,
        ...(actor.officerKind ? { actorKind: actor.officerKind } : {}), actorName: actor.displayName, deviceId: 'demo-seed', deviceTime: iso(daysAgo), updatedAt: iso(daysAgo),
      };
    });
    return { hazard, events };
  });
}
