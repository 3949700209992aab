import { List } from '../../ui/kit';
import type { Enterprise, Inspection } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { observeInspections } from '../../db/inspectionRepository';
import { useObservable } from '../../db/useObservable';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useI18n } from '../../i18n/I18nProvider';
import { CheckInPlaceTag } from './CheckInPlaceTag';
import type { MessageKey } from '../../i18n/zh';

/** Inspections on this device, in progress first: a started checklist is always one tap from resuming. */
export function InspectionListPage({ enterpriseId, onOpen }: { enterpriseId?: string; onOpen: (id: string) => void }) {
  const { t, dateTime } = useI18n();
  const db = useDatabase();
  const inspections = useObservable<Inspection[] | null>(() => observeInspections(db, enterpriseId), null, [db, enterpriseId]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const sorted = [...(inspections ?? [])].sort((a, b) => Number(b.status === 'inProgress') - Number(a.status === 'inProgress'));
  return (
    <>
      <div className="page-title"><h1>{t('inspect.history')}</h1></div>
      {/* Never 暂无检查记录 before the device has read its inspections (issue 13). */}
      {inspections === null ? <ListSkeleton rows={2} /> : sorted.length === 0 ? <p className="muted" data-testid="list-empty">{t('inspect.none')}</p> : null}
      <List data-testid="inspection-list">
        {sorted.map((i) => (
          <List.Item key={i.id} data-testid="inspection-item" data-id={i.id} data-status={i.status} onClick={() => onOpen(i.id)} arrowIcon
            description={`${t(`inspect.kind.${i.type}` as MessageKey)} · ${dateTime(i.startedAt)}${i.summary ? ` · ${i.summary}` : ''}`}>
            {enterpriseId ? i.title : `${name(i.enterpriseId)} · ${i.title ?? ''}`} {i.status === 'inProgress' ? <span className="state state-SUBMITTED">{t('inspect.resume')}</span> : null}{' '}
            <CheckInPlaceTag inspection={i} enterprise={byId.get(i.enterpriseId) ?? null} warningsOnly />
          </List.Item>
        ))}
      </List>
    </>
  );
}
