import { useCallback, useEffect, useState } from 'react';
import type { Area, Grid } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeGrids } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { GRID_TYPE } from '../../i18n/labels';
import { problemText } from '../../i18n/problemText';
import { placesApi } from '../../sync/placesApi';
import { AreasPanel } from './AreasPanel';
import { BoundaryDrawer } from './BoundaryDrawer';
import { GridEditor } from './GridEditor';
import './places.css';

/**
 * 区划与网格: the town's areas (行政区划代码) and its grids of every type, each with its boundary.
 * Areas come from the server (console data); grids are the replicated grid documents, so a saved
 * grid shows here as soon as replication brings it.
 */
export function PlacesPage() {
  const { t, label } = useI18n();
  const db = useDatabase();
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const [areas, setAreas] = useState<Area[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Grid | 'new' | null>(null);
  const load = useCallback(() => {
    placesApi.areas().then(setAreas, (e: unknown) => setError(problemText(e, t)));
  }, [t]);
  useEffect(load, [load]);
  const areaName = (code: string) => areas.find((a) => a.code === code)?.name ?? code;
  const sorted = [...grids].sort((a, b) => a.areaCode.localeCompare(b.areaCode) || a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <>
      <h1>{t('places.title')}</h1>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <AreasPanel areas={areas} onChanged={load} />
      <section data-testid="grids">
        <h2>{t('places.grids')}</h2>
        <p>
          <button type="button" className="console-button primary" disabled={areas.length === 0} onClick={() => setEditing('new')} data-testid="grid-new">{t('places.newGrid')}</button>
          {areas.length === 0 ? <span className="muted"> {t('places.areaFirst')}</span> : null}
        </p>
        {editing ? <GridEditor key={editing === 'new' ? 'new' : editing.id} grid={editing === 'new' ? null : editing} grids={grids} areas={areas} onDone={() => setEditing(null)} /> : null}
        {sorted.length === 0 ? <p className="muted">{t('places.noGrids')}</p> : (
          <table className="hazard-table" data-testid="grid-list">
            <thead><tr><th>{t('places.gridName')}</th><th>{t('places.gridType')}</th><th>{t('places.gridArea')}</th><th>{t('places.boundary')}</th><th>{t('places.officers')}</th><th /></tr></thead>
            <tbody>
              {sorted.map((g) => (
                <tr key={g.id} data-testid="grid-row">
                  <td className="title">{g.name}</td>
                  <td>{label(GRID_TYPE, g.type)}</td>
                  <td>{areaName(g.areaCode)}（{g.areaCode}）</td>
                  <td>{g.boundary ? t('places.boundaryCount', { polygons: g.boundary.length, points: g.boundary.flat().length }) : g.outline.length >= 3 ? t('places.outlineOnly', { points: g.outline.length }) : t('places.noBoundary')}</td>
                  <td>{g.officerIds.length}</td>
                  <td><button type="button" className="console-button" onClick={() => setEditing(g)} data-testid="grid-edit">{t('places.edit')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!editing && grids.some((g) => g.outline.length >= 3) ? <BoundaryDrawer grids={grids} boundary={[]} drawing={false} onAdd={() => undefined} frameFrom={grids.flatMap((g) => g.outline)} /> : null}
      </section>
    </>
  );
}
