import { daysBetween, shanghaiDate, TO_RECTIFY_STATES } from '@anxun/shared-schema';
import type { HazardView } from '../../db/hazardRepository';
import { HAZARD_LEVEL, HAZARD_STATE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';

/** State, level and deadline countdown: >3 days normal, ≤3 amber, overdue red (Asia/Shanghai dates). */
export function HazardStateTag({ view }: { view: HazardView }) {
  const { t, label } = useI18n();
  const { state, deadline, level } = view.status;
  const left = deadline ? daysBetween(shanghaiDate(new Date()), deadline) : null;
  const urgency = view.overdue ? 'overdue' : left !== null && left <= 3 && TO_RECTIFY_STATES.includes(state) ? 'soon' : 'normal';
  return (
    <span className="hazard-tags">
      <span className={`state state-${state}`} data-state={state}>{label(HAZARD_STATE, state)}</span>
      {level === 'major' ? <span className="level-major">{label(HAZARD_LEVEL, 'major')}</span> : null}
      {deadline && TO_RECTIFY_STATES.includes(state) ? (
        <span className={`deadline deadline-${urgency}`} data-overdue={view.overdue}>
          {t('hazards.deadline', { date: deadline })} · {view.overdue ? t('hazards.overdueDays', { days: -(left ?? 0) }) : left === 0 ? t('rect.countdown.today') : t('hazards.daysLeft', { days: left ?? 0 })}
        </span>
      ) : null}
    </span>
  );
}
