import { useDeferredValue, useMemo, useState } from 'react';
import { isDeactivated, type Enterprise, type Grid } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises, observeGrids } from '../../db/enterpriseRepository';
import { matchesSearch } from '../../db/enterpriseSearch';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { OPERATING_STATUS, RISK_COLOUR, SCALE, SUPERVISION_CATEGORY } from '../../i18n/labels';
import { ListSkeleton } from '../../ui/ListSkeleton';

const PAGE = 200;
type Shown = 'active' | 'deactivated' | 'all';

/**
 * 企业台账 in the console (administrators, supervisors): every enterprise of the area, deactivated
 * ones too (they stay in the ledger with their records), with links to create and edit.
 */
export function EnterpriseLedgerPage({ hrefOf, newHref }: { hrefOf: (id: string) => string; newHref: string }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const enterprises = useObservable<Enterprise[] | null>(() => observeEnterprises(db), null, [db]);
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Shown>('active');
  const [limit, setLimit] = useState(PAGE);
  const deferred = useDeferredValue(query);
  const gridNames = useMemo(() => new Map(grids.map((g) => [g.id, g.name])), [grids]);
  const rows = useMemo(() => (enterprises ?? []).filter((e) =>
    (shown === 'all' || (shown === 'deactivated') === isDeactivated(e.operatingStatus)) && matchesSearch(e, deferred)), [enterprises, shown, deferred]);
  return (
    <>
      <div className="page-title">
        <h1>{t('ledger.title')}</h1>
        {enterprises ? <span className="muted" data-testid="ledger-count">{t('enterprises.count', { count: rows.length })}</span> : null}
      </div>
      <div className="console-counts">
        <a className="console-button primary" data-testid="ledger-new" href={`#${newHref}`}>{t('ledger.new')}</a>
        <input type="search" aria-label={t('enterprises.search')} placeholder={t('enterprises.search')} value={query} onChange={(e) => { setQuery(e.target.value); setLimit(PAGE); }} data-testid="ledger-search" />
        <select aria-label={t('ledger.show')} value={shown} onChange={(e) => setShown(e.target.value as Shown)} data-testid="ledger-shown">
          <option value="active">{t('ledger.show.active')}</option>
          <option value="deactivated">{t('ledger.show.deactivated')}</option>
          <option value="all">{t('ledger.show.all')}</option>
        </select>
      </div>
      {enterprises === null ? <ListSkeleton /> : (
        <table className="hazard-table" data-testid="ledger-table">
          <thead><tr>
            <th>{t('field.name')}</th><th>{t('field.uscc')}</th><th>{t('field.grid')}</th><th>{t('field.supervisionCategory')}</th>
            <th>{t('field.scale')}</th><th>{t('field.riskColour')}</th><th>{t('field.operatingStatus')}</th><th />
          </tr></thead>
          <tbody>
            {rows.slice(0, limit).map((e) => (
              <tr key={e.id} data-status={e.operatingStatus}>
                <td>{e.name}</td><td><code>{e.uscc}</code></td><td>{e.gridIds.map((g) => gridNames.get(g) ?? g).join('、')}</td>
                <td>{label(SUPERVISION_CATEGORY, e.supervisionCategory)}</td><td>{label(SCALE, e.scale)}</td><td>{label(RISK_COLOUR, e.riskColour)}</td>
                <td>{label(OPERATING_STATUS, e.operatingStatus)}</td>
                <td><a href={`#${hrefOf(e.id)}`} data-testid="ledger-edit">{t('enterprise.edit')}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > limit ? <button type="button" className="console-button" onClick={() => setLimit((n) => n + PAGE)}>{t('ledger.more', { count: rows.length - limit })}</button> : null}
    </>
  );
}
