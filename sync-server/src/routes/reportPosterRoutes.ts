import { Hono } from 'hono';
import { renderReportPoster } from '../public-reports/reportPoster';
import type { SetupSource } from '../tls/setupRoutes';

/** GET /report-poster[?place=…]: public, no data; the QR points at this server's public report page. */
export function reportPosterRoutes(setup: SetupSource) {
  return new Hono().get('/report-poster', (c) => {
    // The address the devices are told to use (/setup), else the one this request came to.
    const base = setup.info().httpsUrls[0] ?? `${new URL(c.req.url).origin}/`;
    const place = c.req.query('place')?.trim().slice(0, 60) || undefined;
    return c.html(renderReportPoster(`${base.replace(/\/?$/, '/')}#/report`, place), 200, { 'Cache-Control': 'no-cache' });
  });
}
