import type { Grid } from '@anxun/shared-schema';

export const CITY_AREA = '320582';
export const TOWNS = {
  yangshe: { code: '320582100', name: '杨舍镇', villages: ['东城社区', '西城社区', '南苑村', '北庄村', '塘市村'] },
  tangqiao: { code: '320582101', name: '塘桥镇', villages: ['韩山村', '妙桥社区'] },
} as const;

const square = (lat: number, lon: number, size: number) => [
  { lat, lon }, { lat, lon: lon + size }, { lat: lat + size, lon: lon + size }, { lat: lat + size, lon },
];

const stamp = '2026-01-05T09:00:00+08:00';

export const DEMO_GRIDS: Grid[] = [
  { id: 'grid-ys-01', name: '杨舍镇工业企业网格一', type: 'industrial', areaCode: TOWNS.yangshe.code, townName: '杨舍镇', officerIds: ['u-officer-1', 'u-expert-1', 'u-enforcer-1'], outline: square(31.86, 120.53, 0.02), updatedAt: stamp },
  { id: 'grid-ys-02', name: '杨舍镇工业企业网格二', type: 'industrial', areaCode: TOWNS.yangshe.code, townName: '杨舍镇', officerIds: ['u-officer-2'], outline: square(31.86, 120.55, 0.02), updatedAt: stamp },
  { id: 'grid-ys-03', name: '杨舍镇九小场所网格', type: 'nineSmall', areaCode: TOWNS.yangshe.code, townName: '杨舍镇', officerIds: ['u-officer-1'], outline: square(31.88, 120.53, 0.02), updatedAt: stamp },
  { id: 'grid-tq-01', name: '塘桥镇工业企业网格', type: 'industrial', areaCode: TOWNS.tangqiao.code, townName: '塘桥镇', officerIds: ['u-officer-3'], outline: square(31.80, 120.62, 0.02), updatedAt: stamp },
];
