import { checkInPlace, type Enterprise, type Grid, type Patrol } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { planProjection, svgPoints, trackSegments } from './trackPlan';

const WIDTH = 1000;
const GRID_COLOURS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2'];
const timeOf = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

/**
 * The plan: grid outlines, the enterprises of the shown grids with their names, each patrol's
 * track (gaps of more than 10 minutes dashed), its start and end, and check-ins as numbered stops
 * with their times, off-site ones in red.
 */
export function TrackPlan({ grids, patrols, enterprises }: { grids: readonly Grid[]; patrols: readonly Patrol[]; enterprises: readonly Enterprise[] }) {
  const { t } = useI18n();
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const offSite = (c: { enterpriseId: string; lat: number; lon: number }) => {
    const enterprise = byId.get(c.enterpriseId);
    return enterprise ? checkInPlace(enterprise, { position: c }).kind === 'offSite' : false;
  };
  const fixes = patrols.flatMap((p) => [...p.points].sort((a, b) => a.t.localeCompare(b.t)));
  // Stops numbered in the order they happened, across the day's patrols.
  const located = patrols
    .flatMap((p) => p.checkIns.flatMap((c) => (c.lat !== undefined && c.lon !== undefined ? [{ ...c, lat: c.lat, lon: c.lon }] : [])))
    .sort((a, b) => a.at.localeCompare(b.at));
  const visited = new Set(located.map((c) => c.enterpriseId));
  // Fit the patrols' own grids and tracks; neighbouring grids show at the edges for context.
  const patrolGrids = new Set(patrols.flatMap((p) => p.gridIds));
  const focus = patrols.length > 0 ? grids.filter((g) => patrolGrids.has(g.id)) : grids;
  const focusIds = new Set(focus.map((g) => g.id));
  const sites = enterprises.flatMap((e) => (e.location && e.gridIds.some((g) => focusIds.has(g)) ? [{ id: e.id, name: e.name, at: e.location }] : []));
  const plan = planProjection([...focus.flatMap((g) => g.outline), ...fixes, ...located], WIDTH);
  return (
    <>
      <svg className="track-plan" data-testid="track-plan" viewBox={`0 0 ${plan.width} ${plan.height}`} role="img" aria-label={t('tracks.title')}>
        <rect width={plan.width} height={plan.height} fill="#f8fafc" />
        {grids.map((g, n) => {
          const outline = g.outline.map(plan.project);
          if (outline.length < 3) return null;
          const colour = GRID_COLOURS[n % GRID_COLOURS.length];
          const top = outline.reduce((a, b) => (b.y < a.y || (b.y === a.y && b.x < a.x) ? b : a));
          return (
            <g key={g.id} data-testid="plan-grid">
              <polygon points={svgPoints(outline)} fill={colour} fillOpacity={0.07} stroke={colour} strokeWidth={2} strokeDasharray="8 5" />
              <text x={top.x + 8} y={top.y + 22} fill={colour} fontSize={18} fontWeight={600}>{g.name}</text>
            </g>
          );
        })}
        {sites.map((site) => {
          const at = plan.project(site.at);
          return (
            <g key={site.id} data-testid="plan-enterprise">
              <rect x={at.x - 5} y={at.y - 5} width={10} height={10} fill="#fff" stroke="#374151" strokeWidth={2}><title>{site.name}</title></rect>
              {/* Names of the enterprises checked in at; the others name themselves on hover, or fifty labels would hide the plan. */}
              {visited.has(site.id) ? <text x={at.x + 9} y={at.y + 4} fill="#111827" fontSize={13} fontWeight={600} stroke="#fff" strokeWidth={3} paintOrder="stroke">{site.name}</text> : null}
            </g>
          );
        })}
        {patrols.map((p) => {
          const { stretches, gaps } = trackSegments(p.points);
          const line = stretches.flat().map(plan.project);
          const [start, end] = [line[0], line.at(-1)];
          return (
            <g key={p.id} data-testid="plan-track">
              {stretches.map((stretch, n) => (
                <polyline key={n} points={svgPoints(stretch.map(plan.project))} fill="none" stroke="#dc2626" strokeWidth={3.5} strokeLinejoin="round" strokeLinecap="round" />
              ))}
              {gaps.map((gap) => {
                const [from, to] = [plan.project(gap.from), plan.project(gap.to)];
                return (
                  <line key={gap.from.t} data-testid="plan-gap" x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#6b7280" strokeWidth={2.5} strokeDasharray="6 6">
                    <title>{t('tracks.gap', { minutes: Math.round(gap.minutes), from: timeOf(gap.from.t), to: timeOf(gap.to.t) })}</title>
                  </line>
                );
              })}
              {start ? <circle cx={start.x} cy={start.y} r={8} fill="#16a34a" stroke="#fff" strokeWidth={2}><title>{t('tracks.start')}</title></circle> : null}
              {end && line.length > 1 ? <rect x={end.x - 7} y={end.y - 7} width={14} height={14} fill="#111827" stroke="#fff" strokeWidth={2}><title>{t('tracks.end')}</title></rect> : null}
            </g>
          );
        })}
        {located.map((c, n) => {
          const at = plan.project(c);
          return (
            <g key={`${c.enterpriseId}-${c.at}-${n}`} data-testid="plan-checkin" data-off-site={String(offSite(c))}>
              <circle cx={at.x} cy={at.y} r={11} fill={offSite(c) ? '#b91c1c' : '#1d4ed8'} stroke="#fff" strokeWidth={2.5} />
              <text x={at.x} y={at.y + 4.5} fill="#fff" fontSize={12} fontWeight={700} textAnchor="middle">{n + 1}</text>
              <title>{timeOf(c.at)} {nameOf(c.enterpriseId)}</title>
            </g>
          );
        })}
      </svg>
      <ol className="plan-legend" data-testid="plan-legend">
        {located.map((c, n) => (
          <li key={`${c.enterpriseId}-${c.at}-${n}`}>
            <span className={offSite(c) ? 'plan-marker plan-marker-off' : 'plan-marker'}>{n + 1}</span><time>{timeOf(c.at)}</time> {nameOf(c.enterpriseId)}
            {offSite(c) ? <strong className="plan-off-site">{t('tracks.offSite')}</strong> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
