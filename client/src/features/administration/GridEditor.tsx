import { useState } from 'react';
import { boundaryFromGeoJson, GridType, type Area, type GeoPoint, type Grid } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { GRID_TYPE } from '../../i18n/labels';
import { problemText } from '../../i18n/problemText';
import { placesApi } from '../../sync/placesApi';
import { BoundaryDrawer } from './BoundaryDrawer';

type Draft = { name: string; type: GridType; areaCode: string; boundary: GeoPoint[][]; boundaryChanged: boolean };
const draftOf = (grid: Grid | null, areas: readonly Area[]): Draft => ({
  name: grid?.name ?? '', type: grid?.type ?? 'industrial', areaCode: grid?.areaCode ?? areas[0]?.code ?? '',
  boundary: grid ? (grid.boundary ?? (grid.outline.length >= 3 ? [grid.outline] : [])) : [], boundaryChanged: false,
});

/**
 * Creates or edits one grid: name, type, area, and its boundary, imported from a GeoJSON file
 * (Polygon or MultiPolygon, checked here with the server's own rule) or drawn on the plan by
 * clicking its corners. An edit sends the boundary only when it changed.
 */
export function GridEditor({ grid, grids, areas, onDone }: { grid: Grid | null; grids: readonly Grid[]; areas: readonly Area[]; onDone: () => void }) {
  const { t, label } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(grid, areas));
  const [drawing, setDrawing] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const setBoundary = (boundary: GeoPoint[][]) => setDraft((d) => ({ ...d, boundary, boundaryChanged: true }));
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const read = boundaryFromGeoJson(await file.text());
    if (!read.ok) return setMessage({ error: true, text: t('places.geojsonRefused', { reason: read.reason }) });
    setBoundary(read.boundary);
    setDrawing(false);
    setMessage({ error: false, text: t('places.geojsonRead', { polygons: read.boundary.length, points: read.boundary.reduce((n, r) => n + r.length, 0) }) });
  };
  const startDrawing = () => {
    setBoundary([...draft.boundary, []]);
    setDrawing(true);
  };
  const addPoint = (p: GeoPoint) => setBoundary([...draft.boundary.slice(0, -1), [...(draft.boundary.at(-1) ?? []), p]]);
  const undo = () => setBoundary([...draft.boundary.slice(0, -1), (draft.boundary.at(-1) ?? []).slice(0, -1)]);
  const save = async () => {
    const rings = draft.boundary.filter((r) => r.length > 0);
    if (rings.some((r) => r.length < 3)) return setMessage({ error: true, text: t('places.ringTooShort') });
    try {
      await placesApi.saveGrid(grid?.id ?? null, { name: draft.name.trim(), type: draft.type, areaCode: draft.areaCode, ...(draft.boundaryChanged ? { boundary: rings } : {}) });
      onDone();
    } catch (e) {
      setMessage({ error: true, text: problemText(e, t) });
    }
  };
  // The frame fits the other grids and what was there before drawing began, so it does not jump under the pointer.
  const frameFrom = [...grids.flatMap((g) => g.outline), ...(drawing ? [] : draft.boundary.flat())];
  return (
    <section className="report-sheet" data-testid="grid-editor">
      <h2>{grid ? t('places.editGrid', { name: grid.name }) : t('places.newGrid')}</h2>
      <div className="console-counts">
        <input aria-label={t('places.gridName')} placeholder={t('places.gridName')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} data-testid="grid-name" />
        <select aria-label={t('places.gridType')} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as GridType })} data-testid="grid-type">
          {GridType.options.map((type) => <option key={type} value={type}>{label(GRID_TYPE, type)}</option>)}
        </select>
        <select aria-label={t('places.gridArea')} value={draft.areaCode} onChange={(e) => setDraft({ ...draft, areaCode: e.target.value })} data-testid="grid-area">
          {areas.map((a) => <option key={a.code} value={a.code}>{a.name}（{a.code}）</option>)}
        </select>
      </div>
      <div className="console-counts">
        <label className="console-button">
          {t('places.importGeojson')}
          <input type="file" accept=".geojson,.json,application/geo+json,application/json" hidden onChange={(e) => void importFile(e.target.files?.[0])} data-testid="grid-geojson" />
        </label>
        <button type="button" className="console-button" onClick={startDrawing} data-testid="grid-draw">{t('places.draw')}</button>
        {drawing ? <button type="button" className="console-button" onClick={undo}>{t('places.undoPoint')}</button> : null}
        {drawing ? <button type="button" className="console-button" onClick={() => setDrawing(false)} data-testid="grid-draw-done">{t('places.drawDone')}</button> : null}
        <button type="button" className="console-button" onClick={() => setBoundary([])}>{t('places.clearBoundary')}</button>
        <span className="muted" data-testid="grid-boundary-count">{t('places.boundaryCount', { polygons: draft.boundary.filter((r) => r.length > 0).length, points: draft.boundary.flat().length })}</span>
      </div>
      {drawing ? <p className="muted">{t('places.drawHelp')}</p> : null}
      <BoundaryDrawer grids={grids.filter((g) => g.id !== grid?.id)} boundary={draft.boundary} drawing={drawing} onAdd={addPoint} frameFrom={frameFrom} />
      {message ? <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}
      <p>
        <button type="button" className="console-button primary" disabled={!draft.name.trim() || !draft.areaCode} onClick={() => void save()} data-testid="grid-save">{t('places.save')}</button>
        <button type="button" className="console-button" onClick={onDone}>{t('places.cancel')}</button>
      </p>
    </section>
  );
}
