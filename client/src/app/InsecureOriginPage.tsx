import type { ReactNode } from 'react';
import { translate } from '../i18n/I18nProvider';
import type { Language } from '../i18n/labels';
import { originEn } from '../i18n/messages/origin.en';
import type { MessageKey } from '../i18n/zh';
import { httpsAddress } from './secureOrigin';

/** One language's explanation. Both are shown, zh-CN first, whatever language was saved. */
function Explanation({ language, current, children }: { language: Language; current: string; children?: ReactNode }) {
  // English from its own small table: the page shows both languages at once, and the full English
  // chunk is loaded only on demand (i18n/english.ts).
  const t = (key: MessageKey & keyof typeof originEn, params?: Record<string, string>) =>
    language === 'en' ? originEn[key].replace(/\{(\w+)\}/g, (_, name: string) => params?.[name] ?? `{${name}}`) : translate(language, key, params);
  return (
    <section lang={language} className="insecure-section">
      <h1>{t('insecure.title')}</h1>
      <p>{t('insecure.why', { address: current })}</p>
      <p>{t('insecure.what')}</p>
      {children}
      <p className="muted">{t('insecure.admin')}</p>
    </section>
  );
}

/**
 * Full-screen page shown instead of the app on a non-secure origin. It uses nothing the browser
 * withholds there (service worker, crypto.subtle, storage manager), so it cannot crash.
 */
export function InsecureOriginPage({ location = window.location }: { location?: { hostname: string; origin: string } }) {
  const secure = httpsAddress(location);
  return (
    <main className="login-page" data-testid="insecure-origin">
      <div className="login-card insecure-card">
        <Explanation language="zh-CN" current={location.origin}>
          <a className="insecure-link" data-testid="insecure-https-link" href={secure}>{translate('zh-CN', 'insecure.link', { address: secure })}</a>
        </Explanation>
        <Explanation language="en" current={location.origin} />
      </div>
    </main>
  );
}
