import type { HazardLevel, HazardState } from '@anxun/shared-schema';
import { HAZARD_LEVEL, HAZARD_STATE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';

/** State and level as the hazard screens colour them (global .state-* classes). */
export function StateBadges({ state, level, overdueDays = 0 }: { state: HazardState; level: HazardLevel; overdueDays?: number }) {
  const { t, label } = useI18n();
  return (
    <span className="hazard-tags">
      <span className={`state state-${state}`} data-state={state}>{label(HAZARD_STATE, state)}</span>
      {level === 'major' ? <span className="level-major">{label(HAZARD_LEVEL, 'major')}</span> : null}
      {overdueDays > 0 ? <span className="overdue-text">{t('console.table.overdueDays', { days: overdueDays })}</span> : null}
    </span>
  );
}
