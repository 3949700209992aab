import { describe, expect, it } from 'vitest';
import { DrawRequest, townsOf, type Grid } from '@anxun/shared-schema';
import { drawRequestOf, emptyDrawForm, toggle } from './drawForm';

describe('drawRequestOf', () => {
  it('sends "any" as empty lists and no area, which the server accepts', () => {
    const request = drawRequestOf({ ...emptyDrawForm(''), poolIds: ['a', 'b'] });
    expect(request).toEqual({ criteria: { gridIds: [], categories: [], tags: [], riskColours: [] }, poolIds: ['a', 'b'], count: 5 });
    expect(DrawRequest.safeParse(request).success).toBe(true);
  });
  it('narrows to a town, a category and the chosen tags and colours', () => {
    const request = drawRequestOf({ ...emptyDrawForm('2026-12-31'), townCode: '320582100', category: 'machinery', tags: ['dustExplosion'], riskColours: ['red'], poolIds: ['a', 'b'] });
    expect(DrawRequest.parse(request).criteria).toEqual({ areaCode: '320582100', gridIds: [], categories: ['machinery'], tags: ['dustExplosion'], riskColours: ['red'] });
    expect(request.dueDate).toBe('2026-12-31');
  });
});

describe('townsOf and toggle', () => {
  it('lists each town of the grids once, and toggles a choice on and off', () => {
    const grid = (id: string, areaCode: string, townName: string) => ({ id, areaCode, townName }) as Grid;
    expect(townsOf([grid('a', '320582101', '塘桥镇'), grid('b', '320582100', '杨舍镇'), grid('c', '320582100', '杨舍镇')])).toEqual([
      { code: '320582100', name: '杨舍镇' }, { code: '320582101', name: '塘桥镇' },
    ]);
    expect(toggle(toggle(['x'], 'y'), 'x')).toEqual(['y']);
  });
});
