import { shanghaiDate } from './dates';
import type { SupervisionCategory } from './enterprise';
import type { InspectionFacts, KpiEnterprise, Rate } from './kpi';

/**
 * 重点行业领域 as seed 004 (六化方案 附件1 (三), 附件3 task 5) names them, where the enterprise
 * model can tell: 建筑施工, 交通运输, 城镇燃气. The seed's other key sectors (学校, 养老, 医疗,
 * 电力, 港口 …) have no supervision category yet; docs/kpis.md lists them as remaining.
 */
export const KEY_SECTOR_CATEGORIES: readonly SupervisionCategory[] = ['construction', 'transport', 'townGas'];

/** One inspection as the key-sector patrol rate reads it: by whom, and whether checked in on site. */
export type PatrolVisitFacts = InspectionFacts;

/**
 * 重点行业领域巡查率 (seed 004 附件3 task 5, target ≥ 90 %): key-sector units with at least one
 * finished, on-site grid-officer visit in [from, to] (Asia/Shanghai dates) ÷ key-sector units.
 * Self-checks, enforcement and third-party visits, and off-site check-ins never count.
 */
export function keySectorPatrolRate(enterprises: readonly KpiEnterprise[], visits: readonly PatrolVisitFacts[], from: string, to: string): Rate {
  const units = enterprises.filter((e) => e.supervisionCategory !== undefined && KEY_SECTOR_CATEGORIES.includes(e.supervisionCategory)).map((e) => e.id);
  const visited = new Set(visits
    // A visit without a measured on-site check-in (no position) is not a patrol: the seed counts 现场 visits.
    .filter((v) => !v.selfCheck && v.byGridOfficer === true && v.onSite === true && v.finishedAt !== undefined)
    .filter((v) => { const day = shanghaiDate(v.finishedAt ?? ''); return day >= from && day <= to; })
    .map((v) => v.enterpriseId));
  const numerator = units.filter((id) => visited.has(id)).length;
  return { numerator, denominator: units.length, value: units.length === 0 ? null : numerator / units.length };
}
