import { EnterpriseTag, HAZARD_STATES, SupervisionCategory, townsOf, type Grid } from '@anxun/shared-schema';
import { HAZARD_LEVEL, HAZARD_SOURCE, HAZARD_STATE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTERPRISE_TAG, SUPERVISION_CATEGORY } from '../../i18n/labels';
import { ANY_HAZARD, FIVE_SOURCES, type OverviewFilter } from './overviewFilter';

const OTHER_SOURCES = ['whistleblower', 'socialGrid'] as const;

/** The overview's filter bar: every field the server query takes, the grids and towns from the device. */
export function OverviewFilters({ filter, grids, onChange }: { filter: OverviewFilter; grids: readonly Grid[]; onChange: (next: OverviewFilter) => void }) {
  const { t, label } = useI18n();
  const set = <K extends keyof OverviewFilter>(key: K, value: OverviewFilter[K]) => onChange({ ...filter, [key]: value });
  const towns = townsOf(grids);
  const any = <option value="">{t('console.filter.any')}</option>;
  return (
    <div className="console-filters" data-testid="overview-filters">
      <label>{t('console.filter.source')}
        <select data-testid="filter-source" value={filter.source} onChange={(e) => set('source', e.target.value as OverviewFilter['source'])}>
          {any}
          {[...FIVE_SOURCES, ...OTHER_SOURCES].map((s) => <option key={s} value={s}>{label(HAZARD_SOURCE, s)}</option>)}
        </select>
      </label>
      <label>{t('console.filter.state')}
        <select data-testid="filter-state" value={filter.state} onChange={(e) => set('state', e.target.value as OverviewFilter['state'])}>
          {any}
          <option value="open">{t('console.filter.open')}</option>
          {HAZARD_STATES.map((s) => <option key={s} value={s}>{label(HAZARD_STATE, s)}</option>)}
        </select>
      </label>
      <label>{t('console.filter.level')}
        <select data-testid="filter-level" value={filter.level} onChange={(e) => set('level', e.target.value as OverviewFilter['level'])}>
          {any}
          <option value="general">{label(HAZARD_LEVEL, 'general')}</option>
          <option value="major">{label(HAZARD_LEVEL, 'major')}</option>
        </select>
      </label>
      <label>{t('console.filter.overdue')}
        <select data-testid="filter-overdue" value={filter.overdue} onChange={(e) => set('overdue', e.target.value as OverviewFilter['overdue'])}>
          {any}
          <option value="true">{t('console.filter.overdueOnly')}</option>
          <option value="false">{t('console.filter.notOverdue')}</option>
        </select>
      </label>
      <label>{t('console.filter.town')}
        <select data-testid="filter-town" value={filter.town} onChange={(e) => onChange({ ...filter, town: e.target.value, gridId: '' })}>
          {any}
          {towns.map((town) => <option key={town.code} value={town.code}>{town.name}</option>)}
        </select>
      </label>
      <label>{t('console.filter.grid')}
        <select data-testid="filter-grid" value={filter.gridId} onChange={(e) => set('gridId', e.target.value)}>
          {any}
          {grids.filter((g) => !filter.town || g.areaCode.startsWith(filter.town)).map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
        </select>
      </label>
      <label>{t('console.filter.category')}
        <select data-testid="filter-category" value={filter.category} onChange={(e) => set('category', e.target.value as OverviewFilter['category'])}>
          {any}
          {SupervisionCategory.options.map((c) => <option key={c} value={c}>{label(SUPERVISION_CATEGORY, c)}</option>)}
        </select>
      </label>
      <label>{t('console.filter.tag')}
        <select data-testid="filter-tag" value={filter.tag} onChange={(e) => set('tag', e.target.value as OverviewFilter['tag'])}>
          {any}
          {EnterpriseTag.options.map((c) => <option key={c} value={c}>{label(ENTERPRISE_TAG, c)}</option>)}
        </select>
      </label>
      <label>{t('console.filter.from')}
        <input type="date" data-testid="filter-from" value={filter.from} max={filter.to || undefined} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>{t('console.filter.to')}
        <input type="date" data-testid="filter-to" value={filter.to} min={filter.from || undefined} onChange={(e) => set('to', e.target.value)} />
      </label>
      <label className="wide">{t('console.filter.q')}
        <input type="search" data-testid="filter-q" value={filter.q} maxLength={100} onChange={(e) => set('q', e.target.value)} />
      </label>
      <label>{t('console.filter.sort')}
        <select data-testid="filter-sort" value={filter.sort} onChange={(e) => set('sort', e.target.value as OverviewFilter['sort'])}>
          <option value="foundAt">{t('console.sort.foundAt')}</option>
          <option value="deadline">{t('console.sort.deadline')}</option>
        </select>
      </label>
      <div className="actions">
        <button type="button" className="console-button" data-testid="filter-reset" onClick={() => onChange(ANY_HAZARD)}>{t('console.filter.reset')}</button>
      </div>
    </div>
  );
}
