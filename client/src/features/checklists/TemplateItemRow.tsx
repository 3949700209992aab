import { useState } from 'react';
import { basisOf, ChecklistSection, CITATIONS, HowToCheck, type ChecklistItem } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

/** The printed basis of citation keys, or null while a key is not in the table. */
const basisOfKeys = (keys: readonly string[]): string | null => (keys.every((k) => CITATIONS.has(k)) ? basisOf(...keys) : null);

/** One item of a draft template. The basis is printed from citation keys; an unknown key says so and changes nothing. */
export function TemplateItemRow({ item, index, error, onChange, onRemove }: {
  item: ChecklistItem;
  index: number;
  error: string | undefined;
  onChange: (item: ChecklistItem) => void;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const [keysText, setKeysText] = useState((item.basisKeys ?? []).join(' '));
  const keys = keysText.split(/[\s,，、]+/).filter(Boolean);
  const printed = basisOfKeys(keys);
  const setKeys = (text: string) => {
    setKeysText(text);
    const next = text.split(/[\s,，、]+/).filter(Boolean);
    const basis = basisOfKeys(next);
    // Only a basis the table prints is stored; until every key is known the item keeps its last one.
    if (next.length === 0) onChange({ ...item, basisKeys: [], basis: '' });
    else if (basis !== null) onChange({ ...item, basisKeys: next, basis });
  };
  return (
    <div className="template-item card" data-testid={`template-item-${index}`}>
      <div className="form-grid">
        <label className="form-field"><span className="form-label">{t('checklists.itemCode')}</span>
          <input value={item.code} onChange={(e) => onChange({ ...item, code: e.target.value.toUpperCase() })} /></label>
        <label className="form-field"><span className="form-label">{t('checklists.section')}</span>
          <select value={item.section} onChange={(e) => onChange({ ...item, section: ChecklistSection.parse(e.target.value) })}>
            {ChecklistSection.options.map((s) => <option key={s} value={s}>{t(`checklists.section.${s}`)}</option>)}
          </select></label>
        <label className="form-field"><span className="form-label">{t('checklists.howToCheck')}</span>
          <select value={item.howToCheck} onChange={(e) => onChange({ ...item, howToCheck: HowToCheck.parse(e.target.value) })}>
            {HowToCheck.options.map((h) => <option key={h} value={h}>{t(`checklists.how.${h}`)}</option>)}
          </select></label>
        <label className="form-field"><span className="form-label">{t('checklists.deadlineDays')}</span>
          <input type="number" min={0} max={365} value={item.defaultDeadlineDays} onChange={(e) => onChange({ ...item, defaultDeadlineDays: Number(e.target.value) })} /></label>
      </div>
      <label className="form-field"><span className="form-label">{t('checklists.itemText')}</span>
        <textarea data-testid={`template-item-${index}-text`} rows={2} value={item.text} onChange={(e) => onChange({ ...item, text: e.target.value })} /></label>
      <label className="form-field" data-invalid={keys.length > 0 && printed === null ? 'true' : undefined}><span className="form-label">{t('checklists.basisKeys')}</span>
        <input list="citation-keys" data-testid={`template-item-${index}-keys`} value={keysText} placeholder="aqf.41.2 l10.13.1" onChange={(e) => setKeys(e.target.value)} />
        <span className="muted" data-testid={`template-item-${index}-basis`}>{keys.length > 0 && printed === null ? t('checklists.unknownKey') : item.basis || t('checklists.noBasis')}</span>
      </label>
      <label className="check-line">
        <input type="checkbox" data-testid={`template-item-${index}-major`} checked={item.majorHazardCriterion} onChange={(e) => onChange({ ...item, majorHazardCriterion: e.target.checked })} />
        {t('checklists.major')}
      </label>
      {error ? <p className="field-error">{error}</p> : null}
      {onRemove ? <button type="button" className="console-button" onClick={onRemove}>{t('checklists.removeItem')}</button> : null}
    </div>
  );
}
