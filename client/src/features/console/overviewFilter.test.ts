import { describe, expect, it } from 'vitest';
import { OPEN_STATES, OverviewHazardQuery, townsOf, type Grid } from '@anxun/shared-schema';
import { ANY_HAZARD, overviewParams } from './overviewFilter';

const defined = (params: Record<string, string | undefined>) => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));

describe('overview filter', () => {
  it('sends nothing but the page size when nothing is picked, and the server accepts it', () => {
    expect(defined(overviewParams(ANY_HAZARD, 50))).toEqual({ sort: 'foundAt', limit: '50' });
    expect(OverviewHazardQuery.safeParse(defined(overviewParams(ANY_HAZARD, 50))).success).toBe(true);
  });

  it('turns "not closed" into the open states and keeps every other pick, in a query the server accepts', () => {
    const params = defined(overviewParams({ ...ANY_HAZARD, source: 'thirdParty', state: 'open', overdue: 'true', q: '  配电箱 ', from: '2026-03-01', to: '2026-03-31' }, 20, 'abc'));
    expect(params).toEqual({ source: 'thirdParty', state: OPEN_STATES.join(','), overdue: 'true', q: '配电箱', from: '2026-03-01', to: '2026-03-31', sort: 'foundAt', limit: '20', cursor: 'abc' });
    const parsed = OverviewHazardQuery.parse(params);
    expect(parsed.state).toEqual([...OPEN_STATES]);
    expect(parsed.overdue).toBe(true);
  });

  it('lists the towns of the grids once each, by code', () => {
    const grid = (areaCode: string, townName: string) => ({ areaCode, townName }) as Grid;
    expect(townsOf([grid('320582101', '塘桥镇'), grid('320582100', '杨舍镇'), grid('320582100001', '杨舍镇')])).toEqual([
      { code: '320582100', name: '杨舍镇' }, { code: '320582101', name: '塘桥镇' },
    ]);
  });
});
