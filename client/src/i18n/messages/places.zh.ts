/** 简体中文 — 系统管理员: areas, grids, bindings, audit log (issue 14 items 2 and 6). */
export const placesZh = {
  'problem.area_exists': '该行政区划代码已经建立：请在列表中修改它的名称，或换一个代码',
  'problem.binding_conflict': '绑定与已有的绑定冲突：请先查看该网格的绑定历史，调整开始日期或先解除原绑定',
} as const;
