import { useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/kit';
import { formatReportCode, type PublicReportReceipt } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import type { PreparedPhoto } from '../../photos/downscale';
import { publicReportApi } from '../../sync/publicReportApi';

/**
 * The code to note, and the photos going up after the report. A photo that fails (signal lost)
 * can be sent again from here: the server accepts the declared photos for a day.
 */
export function ReportReceiptView({ receipt, photos }: { receipt: PublicReportReceipt; photos: readonly PreparedPhoto[] }) {
  const { t } = useI18n();
  // What reached the server: a ref, so a retry round skips them without re-running on each success.
  const done = useRef(new Set<string>());
  const [sentCount, setSentCount] = useState(0);
  const [failed, setFailed] = useState(false);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void (async () => {
      let anyFailed = false;
      for (const photo of photos) {
        if (done.current.has(photo.hash)) continue;
        try {
          await publicReportApi.uploadPhoto(receipt, photo.hash, photo.blob);
          done.current.add(photo.hash);
          if (live) setSentCount(done.current.size);
        } catch {
          anyFailed = true;
        }
      }
      if (live) setFailed(anyFailed);
    })();
    return () => { live = false; };
  }, [receipt, photos, round]);
  const code = formatReportCode(receipt.code);
  return (
    <div className="public-report">
      <section className="public-report-card" data-testid="report-receipt">
        <h1>{t('report.received')}</h1>
        <p>{t('report.noteCode')}</p>
        <p className="public-report-code" data-testid="report-code">{code}</p>
        <Button size="small" onClick={() => void navigator.clipboard?.writeText(code)}>{t('report.copyCode')}</Button>
        {photos.length > 0 ? (
          <p className="public-report-note" data-testid="report-photo-progress" aria-live="polite">
            {t('report.photosSent', { sent: sentCount, total: photos.length })}
            {failed ? <> {t('report.photosFailed')} <Button size="mini" onClick={() => setRound((r) => r + 1)}>{t('report.retry')}</Button></> : null}
          </p>
        ) : null}
        <p className="public-report-note">{t('report.afterwards')}</p>
        <p className="public-report-links"><a href={`#/report/track/${receipt.code}`} data-testid="report-track-link">{t('report.trackNow')}</a></p>
      </section>
    </div>
  );
}
