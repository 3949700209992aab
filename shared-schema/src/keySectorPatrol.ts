import { shanghaiDate } from './dates';
import type { Enterprise, SupervisionCategory } from './enterprise';
import type { InspectionFacts, Rate } from './kpi';

/**
 * 重点行业领域 as seed 004 (六化方案 附件1 (三), 附件3 task 5) names them, where the enterprise
 * model can tell: 建筑施工, 交通运输, 城镇燃气. The seed's other key sectors (学校, 养老, 医疗,
 * 电力, 港口 …) have no supervision category yet; docs/kpis.md lists them as remaining.
 */
export const KEY_SECTOR_CATEGORIES: readonly SupervisionCategory[] = ['construction', 'transport', 'townGas'];

/** One inspection as the key-sector patrol rate reads it. */
export interface PatrolVisitFacts extends InspectionFacts {
  /** Done by a grid officer (网格员, incl. 行业监管网格员): enforcement and expert visits do not count. */
  byGridOfficer: boolean;
  /** 现场签到: false when the check-in was off site; undefined where no check-in flag exists yet. */
  onSite?: boolean | undefined;
}

/**
 * 重点行业领域巡查率 (seed 004 附件3 task 5, target ≥ 90 %): key-sector units with at least one
 * finished, on-site grid-officer visit in [from, to] (Asia/Shanghai dates) ÷ key-sector units.
 * Self-checks, enforcement and third-party visits, and off-site check-ins never count.
 */
export function keySectorPatrolRate(enterprises: readonly Pick<Enterprise, 'id' | 'supervisionCategory'>[], visits: readonly PatrolVisitFacts[], from: string, to: string): Rate {
  const units = enterprises.filter((e) => KEY_SECTOR_CATEGORIES.includes(e.supervisionCategory)).map((e) => e.id);
  const visited = new Set(visits
    .filter((v) => !v.selfCheck && v.byGridOfficer && v.onSite !== false && v.finishedAt !== undefined)
    .filter((v) => { const day = shanghaiDate(v.finishedAt ?? ''); return day >= from && day <= to; })
    .map((v) => v.enterpriseId));
  const numerator = units.filter((id) => visited.has(id)).length;
  return { numerator, denominator: units.length, value: units.length === 0 ? null : numerator / units.length };
}
