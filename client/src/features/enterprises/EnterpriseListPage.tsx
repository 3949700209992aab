import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { List } from '../../ui/kit';
import { EnterpriseTag, isDeactivated, RiskColour, shanghaiDate } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterpriseFacts, type EnterpriseFactsRow } from '../../db/enterpriseFacts';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { markFirstScreenShown } from '../../db/firstScreen';
import { matchesSearch } from '../../db/enterpriseSearch';
import { useObservable } from '../../db/useObservable';
import { ListSkeleton } from '../../ui/ListSkeleton';
import type { Enterprise } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTERPRISE_TAG, RISK_COLOUR } from '../../i18n/labels';
import { matchesFilter, type EnterpriseFilter } from './enterpriseFilter';
import { RiskTag } from './RiskTag';

/** Rows rendered at first: a long list appears at once and grows on demand. */
const PAGE = 100;

/**
 * 企业台账: every enterprise on this device, read from the local database. Officers do not list
 * enterprises that are 停业 or 注销 (`hideDeactivated`); they stay on the device with their records.
 */
export function EnterpriseListPage({ onOpen, hideDeactivated = false }: { onOpen: (id: string) => void; hideDeactivated?: boolean }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const enterprises = useObservable<Enterprise[] | null>(() => observeEnterprises(db), null, [db]);
  const facts = useObservable<Map<string, EnterpriseFactsRow>>(() => observeEnterpriseFacts(db), new Map(), [db]);
  // The first rows are committed: background reads (hazard facts, notification badge) may start.
  useEffect(() => {
    if (enterprises !== null) markFirstScreenShown();
  }, [enterprises]);
  const [filter, setFilter] = useState<EnterpriseFilter>({ query: '', overdueOnly: false, notInspectedThisQuarter: false });
  const [limit, setLimit] = useState(PAGE);
  const deferred = useDeferredValue(filter);
  const shown = useMemo(() => {
    const today = shanghaiDate(new Date());
    return (enterprises ?? []).filter((e) => !(hideDeactivated && isDeactivated(e.operatingStatus)) && matchesFilter(e, facts.get(e.id), deferred, today, matchesSearch));
  }, [enterprises, facts, deferred, hideDeactivated]);
  const set = (change: Partial<EnterpriseFilter>) => {
    setFilter((f) => ({ ...f, ...change }));
    setLimit(PAGE);
  };

  return (
    <>
      <div className="page-title">
        <h1>{t('nav.enterprises')}</h1>
        {enterprises === null ? null : <span className="muted">{t('enterprises.count', { count: shown.length })}</span>}
      </div>
      <input
        className="search-input" type="search" data-testid="enterprise-search" aria-label={t('enterprises.search')}
        placeholder={t('enterprises.search')} value={filter.query} onChange={(e) => set({ query: e.target.value })}
      />
      <div className="filters">
        <select data-testid="filter-risk" aria-label={t('a11y.filterRisk')} value={filter.risk ?? ''} onChange={(e) => set({ risk: e.target.value ? RiskColour.parse(e.target.value) : undefined })}>
          <option value="">{t('filter.anyRisk')}</option>
          {RiskColour.options.map((c) => <option key={c} value={c}>{label(RISK_COLOUR, c)}</option>)}
        </select>
        <select data-testid="filter-tag" aria-label={t('a11y.filterTag')} value={filter.tag ?? ''} onChange={(e) => set({ tag: e.target.value ? EnterpriseTag.parse(e.target.value) : undefined })}>
          <option value="">{t('filter.anyTag')}</option>
          {EnterpriseTag.options.map((tag) => <option key={tag} value={tag}>{label(ENTERPRISE_TAG, tag)}</option>)}
        </select>
        <label><input type="checkbox" data-testid="filter-overdue" checked={filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} /> {t('filter.overdue')}</label>
        <label><input type="checkbox" data-testid="filter-not-inspected" checked={filter.notInspectedThisQuarter} onChange={(e) => set({ notInspectedThisQuarter: e.target.checked })} /> {t('filter.notInspected')}</label>
      </div>
      {/* Never 共 0 家 or an empty list before the device has read its enterprises (issue 13). */}
      {enterprises === null ? <ListSkeleton /> : shown.length === 0 ? <p className="muted" data-testid="list-empty">{t('enterprises.empty')}</p> : null}
      <List data-testid="enterprise-list">
        {shown.slice(0, limit).map((e) => (
          <List.Item key={e.id} data-testid="enterprise-item" data-id={e.id} data-name={e.name} onClick={() => onOpen(e.id)} arrowIcon>
            <div className="enterprise-row">
              <div className="main">
                <span className="name">{e.name}</span>
                <span className="meta">{e.uscc} · {e.townName}{e.villageName}</span>
                <span className="meta">{e.siteAddress}</span>
                {(facts.get(e.id)?.openHazards ?? 0) > 0 ? (
                  <span className={facts.get(e.id)?.overdueHazards ? 'meta deadline-overdue' : 'meta'}>
                    {t('filter.hazardCounts', { open: facts.get(e.id)?.openHazards ?? 0, overdue: facts.get(e.id)?.overdueHazards ?? 0 })}
                  </span>
                ) : null}
              </div>
              <RiskTag colour={e.riskColour} />
            </div>
          </List.Item>
        ))}
      </List>
      {shown.length > limit ? (
        <button type="button" className="more" data-testid="show-more" onClick={() => setLimit((n) => n + PAGE)}>{t('filter.showMore', { count: shown.length - limit })}</button>
      ) : null}
    </>
  );
}
