import type { ChecklistTemplate, SupervisionCategory } from '@anxun/shared-schema';
import { CONFINED, DUST } from './dustAndConfined';
import { CATERING_GAS, MULTI_USE, NINE_SMALL, RESIDENTIAL } from './fire';
import { GENERAL } from './general';
import { AMMONIA, FURNACE, HAZCHEM_USE, METALLURGY, SPECIAL_WORK } from './industry';
import { template } from './rows';

const GONGMAO: SupervisionCategory[] = ['machinery', 'lightIndustry', 'textile', 'buildingMaterials', 'metallurgy', 'nonFerrous', 'commerce', 'tobacco'];
/** 令第10号 第三条: the items every 工贸 sector template carries besides its own. */
const ART3 = GENERAL.slice(0, 4);

/**
 * The checklist library for 张家港's sectors (issue 15 item 4). A template suits an enterprise by
 * its supervision category (因行业) or tags (因标签); the officer sees which. Seeded into new
 * databases only: templates already stored keep their content.
 */
export const LIBRARY: ChecklistTemplate[] = [
  template('general-industry', '工贸企业通用检查表', [], [...GONGMAO, 'hazchem', 'other'], GENERAL),
  template('dust-explosion', '粉尘涉爆企业检查表', ['dustExplosion'], [], [...ART3, ...DUST]),
  template('confined-space', '有限空间作业检查表', ['confinedSpace'], [], [...ART3, ...CONFINED]),
  template('ammonia-refrigeration', '涉氨制冷企业检查表', ['ammoniaRefrigeration'], [], [...ART3, ...AMMONIA]),
  template('metallurgy', '冶金企业检查表', ['metallurgyGas'], ['metallurgy'], [...ART3, ...METALLURGY]),
  template('furnace-nonferrous', '中频炉及有色金属熔炼检查表', ['mediumFrequencyFurnace'], ['nonFerrous'], [...ART3, ...FURNACE]),
  template('hazchem-use', '危险化学品使用单位检查表', ['hazchemUse'], [], HAZCHEM_USE),
  template('special-work', '动火和高处作业检查表', [], ['machinery', 'metallurgy', 'nonFerrous', 'buildingMaterials', 'construction'], SPECIAL_WORK),
  template('nine-small-fire', '九小场所消防安全检查表', ['nineSmall'], ['nineSmall'], NINE_SMALL),
  template('catering-gas', '餐饮场所燃气安全检查表', ['nineSmall', 'crowdedPlace'], ['commerce'], CATERING_GAS),
  template('multi-use-building', '多业态混合楼宇消防安全检查表', ['multiUseBuilding'], [], MULTI_USE),
  template('residential-fire', '住宅小区消防安全检查表', ['residentialCompound'], [], RESIDENTIAL),
];
