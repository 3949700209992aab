import { useEffect, useState } from 'react';
import { Toast } from '../ui/kit';
import { registerSW } from 'virtual:pwa-register';
import { useI18n } from '../i18n/I18nProvider';

type Update = () => Promise<void>;
let registration: { onNeedRefresh: (update: Update) => void; onOfflineReady: () => void } | null = null;

/** Registers the service worker once per page (React may mount this component twice). */
function registerOnce(onNeedRefresh: (update: Update) => void, onOfflineReady: () => void): void {
  if (registration) {
    registration.onNeedRefresh = onNeedRefresh;
    registration.onOfflineReady = onOfflineReady;
    return;
  }
  const current = { onNeedRefresh, onOfflineReady };
  registration = current;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => current.onNeedRefresh(() => updateSW(true)),
    onOfflineReady: () => current.onOfflineReady(),
  });
}

/**
 * A form on screen with something typed into it that no draft keeps (search boxes and filters do
 * not count): hazard, action and answer forms keep drafts (db/formDrafts.ts) and come back after
 * the reload, so only the others are asked about.
 */
function formHalfFilled(): boolean {
  const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.app-main form:not([data-draft]) input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=search]), .app-main form:not([data-draft]) textarea, .app-main .form-field input, .app-main .form-field textarea');
  return [...fields].some((f) => f.value.trim() !== '' && f.value !== f.defaultValue);
}

/**
 * The service worker (workbox-window underneath) and its update banner. A new version waits until
 * the user taps the banner, so a form being filled is never reloaded away; local data survives
 * the update either way, since it lives in IndexedDB, not in the caches being replaced.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [update, setUpdate] = useState<Update | null>(null);
  useEffect(() => {
    registerOnce(
      (next) => setUpdate(() => next),
      () => Toast.show({ content: t('pwa.offlineReady'), position: 'bottom' }),
    );
  }, [t]);
  if (!update) return null;
  return (
    <div className="banner banner-info" role="alert">
      {/* Applying reloads the page: a half-filled form is asked about first, never wiped silently (issue 13, item 16). */}
      <button type="button" className="banner-action" data-testid="update-prompt" onClick={() => (!formHalfFilled() || window.confirm(t('pwa.unsavedForm'))) && void update()}>{t('pwa.update')}</button>
      <button type="button" onClick={() => setUpdate(null)}>{t('pwa.later')}</button>
    </div>
  );
}
