import type { placesZh } from './places.zh';

/** English — administrator: areas, grids, bindings, audit log (issue 14 items 2 and 6). */
export const placesEn: Record<keyof typeof placesZh, string> = {
  'problem.area_exists': 'That area code already exists: rename it in the list, or use another code',
  'problem.binding_conflict': 'The binding clashes with an existing one: check the grid\u2019s binding history, change the start date or end the old binding first',
};
