import { PublicReportPage } from './PublicReportPage';
import { TrackReportPage } from './TrackReportPage';

/** #/report (举报) and #/report/track[/code] (查询进度): the only screens without a sign-in. */
export default function PublicReportScreen({ path }: { path: readonly string[] }) {
  if (path[1] === 'track') return <TrackReportPage initialCode={path[2] ?? ''} />;
  return <PublicReportPage />;
}
