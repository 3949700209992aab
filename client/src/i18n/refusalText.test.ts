import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnglish } from './english';
import { refusalText } from './refusalText';

describe('refusalText', () => {
  // English is loaded on demand (english.ts), as the app does when a user chooses it.
  beforeAll(() => loadEnglish());

  it('names the state and the action, also for old verdicts that carry raw enum names', () => {
    const legacy = { code: 'invalid_transition', reason: '隐患当前状态为 SUBMITTED，不能执行 escalate', type: 'escalate' as const };
    expect(refusalText(legacy, 'zh-CN')).toBe('隐患当前为「待复查」，不能「上报上级（疑似重大）」');
    expect(refusalText(legacy, 'en')).not.toMatch(/SUBMITTED|escalate\b/);
    expect(refusalText({ code: 'invalid_transition', reason: 'x', type: 'verify', atState: 'CLOSED' }, 'zh-CN')).toBe('隐患当前为「已销号」，不能「复查验收」');
  });

  it('keeps the server’s Chinese reason and gives English users the code’s sentence', () => {
    const role = { code: 'role_not_allowed', reason: '企业只能处理本企业自查的隐患', type: 'verify' as const };
    expect(refusalText(role, 'zh-CN')).toBe('企业只能处理本企业自查的隐患');
    expect(refusalText(role, 'en')).toMatch(/role/i);
  });
});
