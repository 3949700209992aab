import type { MiddlewareHandler } from 'hono';

/**
 * The app's Content-Security-Policy. The built index.html has no inline script (the service
 * worker is registered from a file), so scripts come from this origin only; React and ECharts
 * set inline styles, hence 'unsafe-inline' for styles alone. Photos show as blob: URLs of
 * IndexedDB Blobs and signatures as data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Bytes served as a photo are never a document: no script, no plugin, no frame, even if they hold HTML. */
export const PHOTO_HEADERS = {
  'Content-Security-Policy': "sandbox; default-src 'none'",
  'Content-Disposition': 'inline',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** Set on every answer (app shell, assets, API, errors); a route may tighten the CSP (photos do). */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const set = (name: string, value: string) => {
    if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
  set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  set('X-Content-Type-Options', 'nosniff');
  set('Referrer-Policy', 'no-referrer');
  set('X-Frame-Options', 'DENY');
  set('Permissions-Policy', 'geolocation=(self), camera=(self), microphone=(), payment=(), usb=()');
};
