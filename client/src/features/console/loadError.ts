import type { I18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';

/** A failed server query in words: offline is normal for a tablet, so it says so rather than an error code. */
export function loadErrorText(error: unknown, t: I18n['t']): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'network' || !navigator.onLine) return t('console.onlineOnly');
  return problemText(error, t);
}
