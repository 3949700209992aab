import { useMemo, useState } from 'react';
import { List, Tabs } from '../../ui/kit';
import { TERMINAL_STATES, TO_RECTIFY_STATES, type Enterprise, type HazardState } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { HazardStateTag } from './HazardStateTag';

/** Rows rendered at first: thousands of hazards appear at once and the list grows on demand. */
const PAGE = 100;

const FILTERS: { key: string; label: MessageKey; test: (v: HazardView) => boolean }[] = [
  { key: 'all', label: 'hazards.filter.all', test: () => true },
  { key: 'toConfirm', label: 'hazards.filter.toConfirm', test: (v) => (['DRAFT', 'REPORTED', 'ESCALATED'] as HazardState[]).includes(v.status.state) },
  { key: 'rectifying', label: 'hazards.filter.rectifying', test: (v) => TO_RECTIFY_STATES.includes(v.status.state) },
  { key: 'recheck', label: 'hazards.filter.recheck', test: (v) => v.status.state === 'SUBMITTED' },
  { key: 'overdue', label: 'hazards.filter.overdue', test: (v) => v.overdue },
  { key: 'closed', label: 'hazards.filter.closed', test: (v) => TERMINAL_STATES.includes(v.status.state) },
];

/** Every hazard on this device, by state; 待复查 is the officer's re-check queue. */
export function HazardListPage({ onOpen, enterpriseId, title }: { onOpen: (id: string) => void; enterpriseId?: string; title?: string }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const views = useObservable<HazardView[] | null>(() => observeHazardViews(db, enterpriseId ? { enterpriseId } : {}), null, [db, enterpriseId]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const names = useMemo(() => new Map(enterprises.map((e) => [e.id, e.name])), [enterprises]);
  const [filter, setFilter] = useState('all');
  const [limit, setLimit] = useState(PAGE);
  const test = FILTERS.find((f) => f.key === filter)?.test ?? (() => true);
  const shown = (views ?? []).filter(test);
  return (
    <>
      <div className="page-title">
        <h1>{title ?? t('hazards.title')}</h1>
        {views === null ? null : <span className="muted">{t('hazards.count', { count: shown.length })}</span>}
      </div>
      <Tabs activeKey={filter} onChange={(key) => { setFilter(key); setLimit(PAGE); }}>
        {FILTERS.map((f) => <Tabs.Tab key={f.key} title={`${t(f.label)} ${(views ?? []).filter(f.test).length}`} />)}
      </Tabs>
      {/* Never 共 0 条 or 没有隐患 before the device has read its hazards (issue 13). */}
      {views === null ? <ListSkeleton rows={4} /> : shown.length === 0 ? <p className="muted" data-testid="list-empty">{t('hazards.empty')}</p> : null}
      <List data-testid="hazard-list">
        {shown.slice(0, limit).map((v) => (
          <List.Item key={v.hazard.id} data-testid="hazard-item" data-id={v.hazard.id} data-state={v.status.state} onClick={() => onOpen(v.hazard.id)} arrowIcon
            description={`${names.get(v.hazard.enterpriseId) ?? v.hazard.enterpriseId} · ${v.hazard.location} · ${label(HAZARD_SOURCE, v.hazard.source)}`}>
            <div className="hazard-row">
              <span className="name">{v.hazard.title}</span>
              {v.hazard.source === 'enterpriseSelfCheck' ? <span className="self-check-tag" data-testid="self-check-tag">{label(HAZARD_SOURCE, 'enterpriseSelfCheck')}</span> : null}
              <HazardStateTag view={v} />
            </div>
          </List.Item>
        ))}
      </List>
      {shown.length > limit ? (
        <button type="button" className="more" data-testid="show-more-hazards" onClick={() => setLimit((n) => n + PAGE)}>{t('filter.showMore', { count: shown.length - limit })}</button>
      ) : null}
    </>
  );
}
