import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnglish } from './english';
import { translate } from './I18nProvider';
import { conflictFieldText, conflictReasonText } from './conflictText';

const i18n = (language: 'zh-CN' | 'en') => ({ language, t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params) });

describe('a conflict-log record in the user’s words', () => {
  // English is loaded on demand (english.ts), as the app does when a user chooses it.
  beforeAll(() => loadEnglish());

  const clash = { collection: 'hazardEvents', field: 'confirmGeneral', reason: 'invalid_transition: 隐患当前为「已驳回」，不能「确认为一般隐患」' };

  it('names a refused hazard action by its label and says why from its code', () => {
    expect(conflictFieldText(clash, 'zh-CN')).not.toBe('confirmGeneral');
    expect(conflictReasonText(clash, i18n('zh-CN'))).toBe('隐患当前为「已驳回」，不能「确认为一般隐患」');
    expect(conflictReasonText({ ...clash, reason: 'rectification_needs_photo: 提交整改须附至少一张整改后照片' }, i18n('en'))).toMatch(/photo/);
  });

  it('words a refused write by its problem code in English, and keeps older reasons as written', () => {
    const unsigned = { collection: 'inspections', field: '*', reason: 'inspection_unsigned: 检查结束须有……' };
    expect(conflictReasonText(unsigned, i18n('zh-CN'))).toBe('检查结束须有……');
    expect(conflictReasonText(unsigned, i18n('en'))).toMatch(/signature/);
    expect(conflictReasonText({ collection: 'enterprises', field: '*', reason: '网格 g-1 不存在' }, i18n('en'))).toBe('网格 g-1 不存在');
  });
});
