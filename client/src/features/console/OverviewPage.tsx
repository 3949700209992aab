import { useEffect, useState, type ReactNode } from 'react';
import type { Grid, HazardSource, OverviewHazardItem } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeGrids } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { overviewApi } from '../../sync/overviewApi';
import { HazardDrilldown } from './HazardDrilldown';
import { HazardTable } from './HazardTable';
import { loadErrorText } from './loadError';
import { OverviewFilters } from './OverviewFilters';
import { ANY_HAZARD, FIVE_SOURCES, overviewParams, type OverviewFilter } from './overviewFilter';
import { useServerQuery } from './useServerQuery';

const PAGE = 50;

/** Typing in the search box asks the server once the typing pauses. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * 一页通览: every hazard of the supervisor's area from the five sources, asked of the server page by
 * page (keyset cursors), with counts over the whole filter and a drilldown beside the table.
 */
export function OverviewPage({ openId, onOpen, renderPhotos }: {
  /** The hazard whose drilldown is open (from the route), or null. */
  openId: string | null;
  onOpen: (hazardId: string | null) => void;
  renderPhotos?: ((hashes: string[]) => ReactNode) | undefined;
}) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const [filter, setFilter] = useState<OverviewFilter>(ANY_HAZARD);
  const settled = useDebounced(filter, filter.q === ANY_HAZARD.q ? 0 : 350);
  const params = overviewParams(settled, PAGE);
  const key = JSON.stringify(params);
  const first = useServerQuery(() => overviewApi.hazards(params), key);
  const [more, setMore] = useState<{ key: string; items: OverviewHazardItem[]; cursor: string | null; error: unknown }>({ key, items: [], cursor: null, error: null });
  const extra = more.key === key ? more : { key, items: [], cursor: first.data?.nextCursor ?? null, error: null };
  const cursor = extra.items.length > 0 ? extra.cursor : (first.data?.nextCursor ?? null);
  const items = [...(first.data?.items ?? []), ...extra.items];
  const counts = first.data?.counts;

  const loadMore = async () => {
    if (!cursor) return;
    try {
      const page = await overviewApi.hazards(overviewParams(settled, PAGE, cursor));
      setMore({ key, items: [...extra.items, ...page.items], cursor: page.nextCursor, error: null });
    } catch (error) {
      setMore({ ...extra, error });
    }
  };
  const sourceChip = (source: HazardSource | '', text: string, n: number) => (
    <button key={source || 'all'} type="button" className="chip" data-testid={`count-source-${source || 'all'}`} aria-pressed={filter.source === source}
      onClick={() => setFilter({ ...filter, source })}>{text} <b>{n}</b></button>
  );
  const otherCount = counts ? (counts.bySource.whistleblower ?? 0) + (counts.bySource.socialGrid ?? 0) : 0;

  return (
    <>
      <h1>{t('console.overview')}</h1>
      <OverviewFilters filter={filter} grids={grids} onChange={setFilter} />
      {counts ? (
        <div className="console-counts" data-testid="overview-counts">
          <span className="total" data-testid="overview-total" data-total={counts.total}>{t('console.count.total', { count: counts.total })}</span>
          {FIVE_SOURCES.map((s) => sourceChip(s, label(HAZARD_SOURCE, s), counts.bySource[s] ?? 0))}
          {otherCount > 0 ? <span className="chip">{t('console.count.other')} <b>{otherCount}</b></span> : null}
        </div>
      ) : null}
      {first.error ? (
        <p className="form-error" role="alert">{loadErrorText(first.error, t)} <button type="button" className="console-button" onClick={first.reload}>{t('console.retry')}</button></p>
      ) : null}
      <div className={openId ? 'console-split with-drill' : 'console-split'}>
        <div>
          {first.loading && !first.data ? <p className="muted">{t('console.loading')}</p> : <HazardTable items={items} selectedId={openId} onOpen={onOpen} />}
          {cursor ? (
            <button type="button" className="more" data-testid="overview-more" onClick={() => void loadMore()}>
              {t('console.table.more', { shown: items.length, total: counts?.total ?? items.length })}
            </button>
          ) : null}
          {extra.error ? <p className="form-error" role="alert">{loadErrorText(extra.error, t)}</p> : null}
        </div>
        {openId ? <HazardDrilldown id={openId} onOpen={onOpen} onClose={() => onOpen(null)} renderPhotos={renderPhotos} /> : null}
      </div>
    </>
  );
}
