import { Button } from '../../ui/kit';
import { EnterpriseTag, RiskColour, SupervisionCategory, townsOf, type DrawInspector, type Grid } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTERPRISE_TAG, RISK_COLOUR, SUPERVISION_CATEGORY } from '../../i18n/labels';
import { toggle, type DrawFormState } from './drawForm';

function Chips<T extends string>({ name, options, chosen, text, onToggle }: { name: string; options: readonly T[]; chosen: readonly T[]; text: (v: T) => string; onToggle: (v: T) => void }) {
  return (
    <div className="chips" data-testid={`draw-${name}`}>
      {options.map((v) => (
        <label key={v} className={chosen.includes(v) ? 'chip chosen' : 'chip'}>
          <input type="checkbox" value={v} checked={chosen.includes(v)} onChange={() => onToggle(v)} />{text(v)}
        </label>
      ))}
    </div>
  );
}

/** The population (town or grids, category, tags, risk colour), the inspector pool and the count. */
export function DrawForm({ form, onChange, grids, inspectors, busy, onSubmit }: {
  form: DrawFormState; onChange: (next: DrawFormState) => void; grids: readonly Grid[]; inspectors: readonly DrawInspector[]; busy: boolean; onSubmit: () => void;
}) {
  const { t, label } = useI18n();
  const set = <K extends keyof DrawFormState>(key: K, value: DrawFormState[K]) => onChange({ ...form, [key]: value });
  const gridName = new Map(grids.map((g) => [g.id, g.name]));
  return (
    <form className="card draw-form" data-testid="draw-form" onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <h2>{t('draws.population')}</h2>
      <div className="draw-row">
        <label className="form-field">
          <span className="form-label">{t('draws.town')}</span>
          <select data-testid="draw-town" value={form.townCode} onChange={(e) => set('townCode', e.target.value)}>
            <option value="">{t('draws.any')}</option>
            {townsOf(grids).map((town) => <option key={town.code} value={town.code}>{town.name}</option>)}
          </select>
        </label>
        <label className="form-field">
          <span className="form-label">{t('draws.category')}</span>
          <select data-testid="draw-category" value={form.category} onChange={(e) => set('category', e.target.value === '' ? '' : SupervisionCategory.parse(e.target.value))}>
            <option value="">{t('draws.any')}</option>
            {SupervisionCategory.options.map((c) => <option key={c} value={c}>{label(SUPERVISION_CATEGORY, c)}</option>)}
          </select>
        </label>
      </div>
      <span className="form-label muted">{t('draws.grids')}</span>
      <Chips name="grids" options={grids.map((g) => g.id)} chosen={form.gridIds} text={(id) => gridName.get(id) ?? id} onToggle={(id) => set('gridIds', toggle(form.gridIds, id))} />
      <span className="form-label muted">{t('draws.tags')}</span>
      <Chips name="tags" options={EnterpriseTag.options} chosen={form.tags} text={(v) => label(ENTERPRISE_TAG, v)} onToggle={(v) => set('tags', toggle(form.tags, v))} />
      <span className="form-label muted">{t('draws.riskColours')}</span>
      <Chips name="risk" options={RiskColour.options} chosen={form.riskColours} text={(v) => label(RISK_COLOUR, v)} onToggle={(v) => set('riskColours', toggle(form.riskColours, v))} />
      <h2>{t('draws.pool')}</h2>
      <p className="muted small">{t('draws.poolHint')}</p>
      <Chips name="pool" options={inspectors.map((o) => o.userId)} chosen={form.poolIds} text={(id) => inspectors.find((o) => o.userId === id)?.displayName ?? id} onToggle={(id) => set('poolIds', toggle(form.poolIds, id))} />
      <div className="draw-row">
        <label className="form-field">
          <span className="form-label">{t('draws.count')}</span>
          <input type="number" min={1} max={200} data-testid="draw-count" value={form.count} onChange={(e) => set('count', Math.max(1, Math.min(200, Number(e.target.value) || 1)))} />
        </label>
        <label className="form-field">
          <span className="form-label">{t('draws.dueDate')}</span>
          <input type="date" data-testid="draw-due" value={form.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
        </label>
      </div>
      <Button color="primary" type="submit" loading={busy} disabled={form.poolIds.length < 2} data-testid="draw-submit">{t('draws.run')}</Button>
    </form>
  );
}
