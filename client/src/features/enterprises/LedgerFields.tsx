import { EnterpriseScale, EnterpriseTag, SupervisionCategory, type Enterprise, type Grid } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTERPRISE_TAG, SCALE, SUPERVISION_CATEGORY } from '../../i18n/labels';
import { FormField } from '../../ui/FormField';
import './ledger.css';

/**
 * The ledger's classification of an enterprise: grids (which decide who sees it), industry,
 * 监管类别, scale and tags (which decide the checklists). Only a ledger keeper moves it between
 * grids (`gridsEditable`); the server refuses anyone else.
 */
export function LedgerFields({ draft, grids, gridsEditable, editable, errorOf, onChange }: {
  draft: Enterprise;
  grids: readonly Grid[];
  gridsEditable: boolean;
  editable: (field: string) => boolean;
  errorOf: (path: string) => string | undefined;
  onChange: (change: Partial<Enterprise>) => void;
}) {
  const { t, label } = useI18n();
  // The first grid chosen places the enterprise: its area and town follow it.
  const toggleGrid = (grid: Grid, on: boolean) => {
    const gridIds = on ? [...draft.gridIds, grid.id] : draft.gridIds.filter((id) => id !== grid.id);
    const first = grids.find((g) => g.id === gridIds[0]);
    onChange({ gridIds, ...(first ? { areaCode: first.areaCode, townName: first.townName } : {}) });
  };
  const toggleTag = (tag: EnterpriseTag, on: boolean) => onChange({ tags: on ? [...draft.tags, tag] : draft.tags.filter((x) => x !== tag) });
  const shownGrids = grids.filter((g) => gridsEditable || draft.gridIds.includes(g.id));
  return (
    <>
      <fieldset className="ledger-checks" data-testid="field-gridIds">
        <legend>{t('field.grid')}</legend>
        {errorOf('gridIds') ? <span className="field-error">{t('ledger.gridRequired')}</span> : null}
        {shownGrids.map((g) => (
          <label key={g.id} className="check-line">
            <input type="checkbox" checked={draft.gridIds.includes(g.id)} disabled={!gridsEditable} onChange={(e) => toggleGrid(g, e.target.checked)} />
            {g.name}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <FormField label={t('field.supervisionCategory')} error={errorOf('supervisionCategory')}>
          <select data-testid="field-supervisionCategory" value={draft.supervisionCategory} disabled={!editable('supervisionCategory')} onChange={(e) => onChange({ supervisionCategory: SupervisionCategory.parse(e.target.value) })}>
            {SupervisionCategory.options.map((c) => <option key={c} value={c}>{label(SUPERVISION_CATEGORY, c)}</option>)}
          </select>
        </FormField>
        <FormField label={t('field.industryCode')} error={errorOf('industryCode')}>
          <input data-testid="field-industryCode" value={draft.industryCode} maxLength={8} placeholder={t('ledger.industryHint')} disabled={!editable('industryCode')} onChange={(e) => onChange({ industryCode: e.target.value.trim() })} />
        </FormField>
        <FormField label={t('field.lineDepartment')} error={errorOf('lineDepartment')}>
          <input data-testid="field-lineDepartment" value={draft.lineDepartment} maxLength={100} disabled={!editable('lineDepartment')} onChange={(e) => onChange({ lineDepartment: e.target.value })} />
        </FormField>
        <FormField label={t('field.scale')} error={errorOf('scale')}>
          <select data-testid="field-scale" value={draft.scale} disabled={!editable('scale')} onChange={(e) => onChange({ scale: EnterpriseScale.parse(e.target.value) })}>
            {EnterpriseScale.options.map((s) => <option key={s} value={s}>{label(SCALE, s)}</option>)}
          </select>
        </FormField>
        <FormField label={t('field.village')} error={errorOf('villageName')}>
          <input data-testid="field-villageName" value={draft.villageName} maxLength={100} disabled={!editable('villageName')} onChange={(e) => onChange({ villageName: e.target.value })} />
        </FormField>
      </div>
      <fieldset className="ledger-checks" data-testid="field-tags">
        <legend>{t('ledger.tags')}</legend>
        {EnterpriseTag.options.map((tag) => (
          <label key={tag} className="check-line">
            <input type="checkbox" checked={draft.tags.includes(tag)} disabled={!editable('tags')} onChange={(e) => toggleTag(tag, e.target.checked)} />
            {label(ENTERPRISE_TAG, tag)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
