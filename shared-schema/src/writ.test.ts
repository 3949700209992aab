import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceCode, formatOfficialWritNo, nextProvisionalWritNo, numberedContentChanges, townShortName } from './writ';

const YS = { code: '320582100', name: '杨舍镇' };
const TQ = { code: '320582101', name: '塘桥镇' };

describe('official writ numbers', () => {
  it('reads the agency 代字 + 应急 + kind abbreviation + 〔year〕 + number + 号, never 安监', () => {
    expect(formatOfficialWritNo(YS, 'rectificationNotice', 2026, 1)).toBe('杨舍应急隐通〔2026〕1号');
    expect(formatOfficialWritNo(YS, 'recheckOpinion', 2026, 12)).toBe('杨舍应急复查〔2026〕12号');
    expect(formatOfficialWritNo(TQ, 'onsiteRecord', 2027, 3)).toBe('塘桥应急现记〔2027〕3号');
    expect(formatOfficialWritNo(YS, 'orderToRectify', 2026, 7)).toBe('杨舍应急责改〔2026〕7号');
    expect(formatOfficialWritNo(YS, 'orderToRectify', 2026, 7)).not.toContain('安监');
  });

  it('takes the prefix from the area table and falls back to 应急 elsewhere', () => {
    expect(formatOfficialWritNo({ code: '320581100', name: '虞山街道' }, 'onsiteRecord', 2026, 2)).toBe('虞山应急现记〔2026〕2号');
  });

  it('drops the administrative suffix of the town but never the whole name', () => {
    expect(townShortName('金港街道')).toBe('金港');
    expect(townShortName('凤凰镇')).toBe('凤凰');
    expect(townShortName('镇')).toBe('镇');
  });
});

describe('provisional writ numbers', () => {
  it('counts up per device and Shanghai day, starting at 001', () => {
    const id = 'dev-1b7c2d9e-0000-4000-8000-00000000ab12';
    expect(nextProvisionalWritNo(id, '2026-12-01', [])).toBe('AB12-20261201-001');
    expect(nextProvisionalWritNo(id, '2026-12-01', ['AB12-20261201-001', 'AB12-20261201-004', 'AB12-20261130-009'])).toBe('AB12-20261201-005');
    // Another device's numbers on this device (synced writs) do not count.
    expect(nextProvisionalWritNo(id, '2026-12-01', ['CD34-20261201-007'])).toBe('AB12-20261201-001');
  });

  it('never repeats a number the device already holds', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 30 }), (counters) => {
      const held = counters.map((n) => `0042-20260301-${String(n).padStart(3, '0')}`);
      expect(held).not.toContain(nextProvisionalWritNo('dev-42', '2026-03-01', held));
    }));
  });

  it('takes a four-character device code even from short ids', () => {
    expect(deviceCode('dev-7')).toBe('DEV7');
    expect(deviceCode('a')).toBe('000A');
  });
});

describe('numbered content', () => {
  const numbered = { id: 'w1', kind: 'rectificationNotice', items: [{ hazardId: 'h1', title: '灭火器过期' }], signatures: [], updatedAt: 'a', officialNo: 'x' };

  it('lets signatures be added after numbering', () => {
    expect(numberedContentChanges(numbered, { ...numbered, signatures: [{ signerName: '张三' }], updatedAt: 'b' })).toEqual([]);
  });

  it('names every other field an edit changes, key order aside', () => {
    const edited = { updatedAt: 'b', items: [{ title: '灭火器过期', hazardId: 'h1' }], kind: 'orderToRectify', id: 'w1', signatures: [], officialNo: 'x', deadline: '2026-12-31' };
    expect(numberedContentChanges(numbered, edited)).toEqual(['deadline', 'kind']);
  });

  it('lets a numbered writ gain its served date once, never change or lose it', () => {
    const numbered = { kind: 'penaltyDecision', officialNo: '杨舍应急罚决〔2026〕1号', legalBasis: 'x' };
    expect(numberedContentChanges(numbered, { ...numbered, servedAt: '2026-12-02T02:00:00Z' })).toEqual([]);
    const served = { ...numbered, servedAt: '2026-12-02T02:00:00Z' };
    expect(numberedContentChanges(served, { ...served, servedAt: '2026-12-09T02:00:00Z' })).toEqual(['servedAt']);
    expect(numberedContentChanges(served, numbered)).toEqual(['servedAt']);
  });
});
