import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { InsecureOriginPage } from './InsecureOriginPage';
import { httpsAddress, isSecureOrigin } from './secureOrigin';

describe('secure origin', () => {
  it('runs the app only where the browser says the context is secure', () => {
    expect(isSecureOrigin({ isSecureContext: false })).toBe(false);
    expect(isSecureOrigin({ isSecureContext: true })).toBe(true);
  });

  it('points to HTTPS on the same host and the default port', () => {
    expect(httpsAddress({ hostname: '192.168.1.20' })).toBe('https://192.168.1.20/');
    expect(httpsAddress({ hostname: 'anxun.town.gov.cn' })).toBe('https://anxun.town.gov.cn/');
    expect(httpsAddress({ hostname: '[fe80::1]' })).toBe('https://[fe80::1]/');
  });

  it('explains in Chinese first, then English, with a link to the HTTPS address', () => {
    const html = renderToStaticMarkup(<InsecureOriginPage location={{ hostname: '192.168.1.20', origin: 'http://192.168.1.20:8080' }} />);
    expect(html).toContain('href="https://192.168.1.20/"');
    expect(html).toContain('离线功能和照片需要 HTTPS 安全连接');
    expect(html).toContain('http://192.168.1.20:8080');
    expect(html).toContain('管理员');
    expect(html.indexOf('lang="zh-CN"')).toBeLessThan(html.indexOf('lang="en"'));
    expect(html).toContain('administrator');
    expect(html).not.toContain('login-username');
  });
});
