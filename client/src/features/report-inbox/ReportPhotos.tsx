import { useEffect, useState } from 'react';
import type { AssignedReport } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { reportInboxApi } from '../../sync/reportInboxApi';

/** The reporter's photos, fetched through the inbox (only the handling supervisors and the officer sent to check may read them). */
export function ReportPhotos({ report }: { report: Pick<AssignedReport, 'id' | 'photos'> }) {
  const { t } = useI18n();
  const [urls, setUrls] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    for (const photo of report.photos.filter((p) => p.uploaded)) {
      reportInboxApi.photo(report.id, photo.hash).then((blob) => {
        const url = URL.createObjectURL(blob);
        made.push(url);
        if (live) setUrls((u) => ({ ...u, [photo.hash]: url }));
      }, () => undefined);
    }
    return () => { live = false; made.forEach((u) => URL.revokeObjectURL(u)); };
  }, [report]);
  if (report.photos.length === 0) return <p className="report-inbox-hint">{t('inbox.noPhotos')}</p>;
  return (
    <ul className="report-inbox-photos">
      {report.photos.map((p) => (
        <li key={p.hash}>
          {urls[p.hash] ? <a href={urls[p.hash]} target="_blank" rel="noopener"><img src={urls[p.hash]} alt={t('report.photoAlt')} data-testid="inbox-photo" /></a>
            : <span className="report-inbox-photo-missing">{p.uploaded ? t('inbox.photoLoading') : t('inbox.photoNotSent')}</span>}
        </li>
      ))}
    </ul>
  );
}
