import type { Grid, Patrol } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { planProjection, svgPoints } from './trackPlan';

const WIDTH = 1000;
const GRID_COLOURS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2'];
const timeOf = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));

/** The plan: grid outlines, each patrol's track, its start and end, and check-ins with their times. */
export function TrackPlan({ grids, patrols, enterpriseNames }: { grids: readonly Grid[]; patrols: readonly Patrol[]; enterpriseNames: Map<string, string> }) {
  const { t } = useI18n();
  const fixes = patrols.flatMap((p) => [...p.points].sort((a, b) => a.t.localeCompare(b.t)));
  const located = patrols.flatMap((p) => p.checkIns.flatMap((c) => (c.lat !== undefined && c.lon !== undefined ? [{ ...c, lat: c.lat, lon: c.lon }] : [])));
  // Fit the patrols' own grids and tracks; neighbouring grids show at the edges for context.
  const patrolGrids = new Set(patrols.flatMap((p) => p.gridIds));
  const focus = patrols.length > 0 ? grids.filter((g) => patrolGrids.has(g.id)) : grids;
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
        {patrols.map((p) => {
          const line = [...p.points].sort((a, b) => a.t.localeCompare(b.t)).map(plan.project);
          const [start, end] = [line[0], line.at(-1)];
          return (
            <g key={p.id} data-testid="plan-track">
              <polyline points={svgPoints(line)} fill="none" stroke="#dc2626" strokeWidth={3.5} strokeLinejoin="round" strokeLinecap="round" />
              {start ? <circle cx={start.x} cy={start.y} r={8} fill="#16a34a" stroke="#fff" strokeWidth={2}><title>{t('tracks.start')}</title></circle> : null}
              {end && line.length > 1 ? <rect x={end.x - 7} y={end.y - 7} width={14} height={14} fill="#111827" stroke="#fff" strokeWidth={2}><title>{t('tracks.end')}</title></rect> : null}
            </g>
          );
        })}
        {located.map((c, n) => {
          const at = plan.project(c);
          return (
            <g key={`${c.enterpriseId}-${c.at}-${n}`} data-testid="plan-checkin">
              <circle cx={at.x} cy={at.y} r={11} fill="#1d4ed8" stroke="#fff" strokeWidth={2.5} />
              <text x={at.x} y={at.y + 4.5} fill="#fff" fontSize={12} fontWeight={700} textAnchor="middle">{n + 1}</text>
              <title>{timeOf(c.at)} {enterpriseNames.get(c.enterpriseId) ?? c.enterpriseId}</title>
            </g>
          );
        })}
      </svg>
      <ol className="plan-legend" data-testid="plan-legend">
        {located.map((c, n) => (
          <li key={`${c.enterpriseId}-${c.at}-${n}`}><span className="plan-marker">{n + 1}</span><time>{timeOf(c.at)}</time> {enterpriseNames.get(c.enterpriseId) ?? c.enterpriseId}</li>
        ))}
      </ol>
    </>
  );
}
