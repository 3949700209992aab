import { addDays, itemFinding, shanghaiDate, type Enterprise, type Hazard, type HazardEvent, type HazardEventPayload } from '@anxun/shared-schema';
import { DEMO_TEMPLATES } from './checklistTemplates';
import { DEMO_AFTER_PHOTO } from './demoPhoto';
import { DEMO_USERS } from './demoUsers';

export interface DemoHazard {
  hazard: Hazard;
  events: HazardEvent[];
}

/** What the officer saw (the observation printed under the defect on the writs). */
const OBSERVATIONS: Record<string, string> = {
  'CS-01': '厂区东侧污水池、地下泵房未列入有限空间台账，入口无警示标志',
  'CS-10': '污水池清淤作业期间风机已关闭，作业人员在池内',
  'DE-03': '抛光车间2号干式除尘器未设泄爆片，也无惰化、抑爆装置',
  'DE-05': '打磨工段以砖砌沉降室除尘，风道为干式巷道式构筑物',
  'DE-11': '除尘器接地线断开，现场发现使用普通铁质扳手',
  'DE-13': '清扫记录停留在上月，打磨工位地面积尘约3毫米',
  'GM-01': '厂区西侧出租给两家加工户，未纳入统一安全管理，无检查记录',
  'GM-02': '当班电焊工1名无特种作业操作证',
  'GM-03': '抽查5名员工，2名无培训记录，培训档案缺今年内容',
  'NS-02': '后门安全出口上锁，疏散通道堆放纸箱约2米',
  'NS-05': '楼梯间停放电动自行车3辆，其中1辆正在充电',
};

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
      title: itemFinding(item), description: OBSERVATIONS[item.code] ?? `现场检查发现：${itemFinding(item)}。`, location: ['一号车间', '除尘器区域', '仓库', '配电房', '出入口'][index % 5] ?? '',
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
