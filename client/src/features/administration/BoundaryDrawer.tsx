import type { GeoPoint, Grid } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

const WIDTH = 900;
const HEIGHT = 560;
/** Zhangjiagang, when nothing is drawn yet: a plan needs some frame to click in. */
const DEFAULT_FRAME = { minLat: 31.75, maxLat: 31.95, minLon: 120.4, maxLon: 120.7 };

/** The frame that fits these points (with a margin), as a linear projection and its inverse. */
function frameOf(points: readonly GeoPoint[]) {
  const f = points.length < 2 ? DEFAULT_FRAME : {
    minLat: Math.min(...points.map((p) => p.lat)), maxLat: Math.max(...points.map((p) => p.lat)),
    minLon: Math.min(...points.map((p) => p.lon)), maxLon: Math.max(...points.map((p) => p.lon)),
  };
  const padLat = Math.max((f.maxLat - f.minLat) * 0.15, 0.005);
  const padLon = Math.max((f.maxLon - f.minLon) * 0.15, 0.005);
  const [minLat, maxLat, minLon, maxLon] = [f.minLat - padLat, f.maxLat + padLat, f.minLon - padLon, f.maxLon + padLon];
  return {
    project: (p: GeoPoint) => ({ x: ((p.lon - minLon) / (maxLon - minLon)) * WIDTH, y: ((maxLat - p.lat) / (maxLat - minLat)) * HEIGHT }),
    unproject: (x: number, y: number): GeoPoint => ({
      lat: Number((maxLat - (y / HEIGHT) * (maxLat - minLat)).toFixed(6)), lon: Number((minLon + (x / WIDTH) * (maxLon - minLon)).toFixed(6)),
    }),
  };
}

const svgPoints = (points: readonly { x: number; y: number }[]) => points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * The town plan without map tiles: the other grids' outlines for orientation, and the boundary
 * being edited. In drawing mode each click adds a corner; the frame stays put while drawing, so
 * a click lands where the pointer is.
 */
export function BoundaryDrawer({ grids, boundary, drawing, onAdd, frameFrom }: {
  grids: readonly Grid[]; boundary: readonly (readonly GeoPoint[])[]; drawing: boolean; onAdd: (p: GeoPoint) => void; frameFrom: readonly GeoPoint[];
}) {
  const { t } = useI18n();
  const frame = frameOf(frameFrom);
  const click = (e: React.MouseEvent<SVGSVGElement>) => {
    if (!drawing) return;
    const box = e.currentTarget.getBoundingClientRect();
    onAdd(frame.unproject(((e.clientX - box.left) / box.width) * WIDTH, ((e.clientY - box.top) / box.height) * HEIGHT));
  };
  return (
    <svg className="boundary-plan" data-testid="boundary-plan" data-drawing={String(drawing)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('places.plan')} onClick={click}
      style={{ width: '100%', maxWidth: WIDTH, background: '#f8fafc', border: '1px solid #cbd5e1', borderRadius: 8, cursor: drawing ? 'crosshair' : 'default' }}>
      {grids.map((g) => (g.outline.length >= 3 ? (
        <g key={g.id}>
          <polygon points={svgPoints(g.outline.map(frame.project))} fill="#64748b" fillOpacity={0.06} stroke="#64748b" strokeDasharray="6 4" />
          <text {...frame.project(g.outline[0] as GeoPoint)} fontSize={14} fill="#475569">{g.name}</text>
        </g>
      ) : null))}
      {boundary.map((ring, n) => (
        <g key={n} data-testid="boundary-ring">
          <polygon points={svgPoints(ring.map(frame.project))} fill="#2563eb" fillOpacity={0.15} stroke="#1d4ed8" strokeWidth={2.5} />
          {ring.map((p, i) => {
            const at = frame.project(p);
            return <circle key={i} cx={at.x} cy={at.y} r={5} fill="#1d4ed8" />;
          })}
        </g>
      ))}
    </svg>
  );
}
