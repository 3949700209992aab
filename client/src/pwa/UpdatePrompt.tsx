import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Registers the service worker (workbox-window underneath). A new version waits until the user
 * chooses to update, so a form being filled is never reloaded away.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    const updateSW = registerSW({
      immediate: true,
      onNeedRefresh: () => setUpdate(() => () => updateSW(true)),
    });
  }, []);
  if (!update) return null;
  return (
    <div className="banner banner-info" role="alert" data-testid="update-prompt">
      <span>{t('pwa.update')}</span>
      <button type="button" onClick={() => void update()}>{t('pwa.reload')}</button>
      <button type="button" onClick={() => setUpdate(null)}>{t('pwa.later')}</button>
    </div>
  );
}
