import { useDeferredValue, useMemo, useState } from 'react';
import { List } from 'antd-mobile';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { matchesSearch } from '../../db/enterpriseSearch';
import { useObservable } from '../../db/useObservable';
import type { Enterprise } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { RiskTag } from './RiskTag';

/** 企业台账: every enterprise on this device, read from the local database. */
export function EnterpriseListPage({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const enterprises = useObservable<Enterprise[] | null>(() => observeEnterprises(db), null, [db]);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => (enterprises ?? []).filter((e) => matchesSearch(e, deferred)), [enterprises, deferred]);

  return (
    <>
      <div className="page-title">
        <h1>{t('nav.enterprises')}</h1>
        <span className="muted">{t('enterprises.count', { count: shown.length })}</span>
      </div>
      <input
        className="search-input" type="search" data-testid="enterprise-search" aria-label={t('enterprises.search')}
        placeholder={t('enterprises.search')} value={query} onChange={(e) => setQuery(e.target.value)}
      />
      {enterprises === null ? <p className="muted">{t('enterprises.loading')}</p> : null}
      {enterprises !== null && shown.length === 0 ? <p className="muted">{t('enterprises.empty')}</p> : null}
      <List data-testid="enterprise-list">
        {shown.map((e) => (
          <List.Item key={e.id} data-testid="enterprise-item" data-id={e.id} data-name={e.name} onClick={() => onOpen(e.id)} arrowIcon>
            <div className="enterprise-row">
              <div className="main">
                <span className="name">{e.name}</span>
                <span className="meta">{e.uscc} · {e.townName}{e.villageName}</span>
                <span className="meta">{e.siteAddress}</span>
              </div>
              <RiskTag colour={e.riskColour} />
            </div>
          </List.Item>
        ))}
      </List>
    </>
  );
}
