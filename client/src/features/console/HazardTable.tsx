import type { OverviewHazardItem } from '@anxun/shared-schema';
import { HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { StateBadges } from './StateBadges';

/** One page or more of overview hazards; a row opens the drilldown. */
export function HazardTable({ items, selectedId, onOpen }: { items: readonly OverviewHazardItem[]; selectedId: string | null; onOpen: (id: string) => void }) {
  const { t, label, dateTime } = useI18n();
  if (items.length === 0) return <p className="muted" data-testid="overview-empty">{t('console.table.empty')}</p>;
  return (
    <table className="hazard-table" data-testid="overview-table">
      <thead>
        <tr>
          <th>{t('console.table.title')}</th><th>{t('console.table.enterprise')}</th><th>{t('console.table.source')}</th>
          <th>{t('console.table.state')}</th><th>{t('console.table.deadline')}</th><th>{t('console.table.foundAt')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((h) => (
          <tr key={h.hazardId} data-testid="overview-row" data-hazard-id={h.hazardId} aria-selected={h.hazardId === selectedId} onClick={() => onOpen(h.hazardId)}>
            <td className="title">{h.title}</td>
            <td className="enterprise">{h.enterpriseName}</td>
            <td className="nowrap">{label(HAZARD_SOURCE, h.source)}</td>
            <td><StateBadges state={h.state} level={h.level} /></td>
            <td className="nowrap">{h.deadline ?? t('common.none')}{h.overdue ? <div className="overdue-text">{t('console.table.overdueDays', { days: h.overdueDays })}</div> : null}</td>
            <td className="nowrap">{dateTime(h.foundAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
