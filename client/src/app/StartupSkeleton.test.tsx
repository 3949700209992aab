import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../i18n/I18nProvider';
import { MemoryStorage } from '../testing/MemoryStorage';
import { StartupSkeleton } from './StartupSkeleton';

afterEach(() => vi.unstubAllGlobals());

const render = () => renderToStaticMarkup(<I18nProvider><StartupSkeleton /></I18nProvider>);

describe('the startup skeleton', () => {
  it('shows the browser’s own network state and grey rows, never an empty list or 已全部同步', () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    vi.stubGlobal('navigator', { onLine: false, language: 'zh-CN' });
    const offline = render();
    expect(offline).toContain('离线');
    expect(offline).toContain('data-testid="list-skeleton"');
    for (const lie of ['已全部同步', '共 0', '暂无', '在线']) expect(offline).not.toContain(lie);
    vi.stubGlobal('navigator', { onLine: true, language: 'zh-CN' });
    expect(render()).toContain('在线');
  });
});
