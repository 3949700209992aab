import { useState } from 'react';
import { Button } from '../../ui/kit';
import { CITATIONS, EnterpriseTag, formatCitation, SupervisionCategory, type ChecklistItem, type ChecklistTemplate } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { saveTemplate } from '../../db/templateRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { issuesByField, type IssueText } from '../../i18n/issueMessage';
import { ENTERPRISE_TAG, SUPERVISION_CATEGORY } from '../../i18n/labels';
import { FormField } from '../../ui/FormField';
import { TemplateItemRow } from './TemplateItemRow';

/**
 * A draft template version: name, applicability (监管类别, tags, 行业 codes) and items with their
 * legal basis by citation key (printed from the citation table, never typed) and the 重大隐患判定项
 * flag. Saved as a draft on this device; publishing is a separate, confirmed step.
 */
export function TemplateEditor({ initial, onDone }: { initial: ChecklistTemplate; onDone: () => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const [draft, setDraft] = useState<ChecklistTemplate>(initial);
  const [industries, setIndustries] = useState((initial.appliesToIndustries ?? []).join('、'));
  const [issues, setIssues] = useState<Map<string, IssueText>>(new Map());
  const set = (change: Partial<ChecklistTemplate>) => setDraft((d) => ({ ...d, ...change }));
  const setItem = (index: number, item: ChecklistItem) => set({ items: draft.items.map((x, i) => (i === index ? item : x)) });
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));
  const errorOf = (path: string) => {
    const issue = issues.get(path);
    return issue ? t(issue.key, issue.params) : undefined;
  };
  const save = async () => {
    const appliesToIndustries = industries.split(/[、,，\s]+/).map((s) => s.trim().toUpperCase()).filter(Boolean);
    const result = await saveTemplate(db, { ...draft, appliesToIndustries, status: 'draft' });
    if (!result.ok) return setIssues(issuesByField(result.issues));
    onDone();
  };
  const nextCode = `A-${String(draft.items.length + 1).padStart(2, '0')}`;
  return (
    <form className="card edit-form" data-testid="template-editor" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="page-title"><h1>{t('checklists.editTitle', { code: draft.code, version: draft.version })}</h1></div>
      <div className="form-grid">
        <FormField label={t('checklists.name')} error={errorOf('name')}>
          <input data-testid="template-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </FormField>
        <FormField label={t('checklists.industries')}>
          <input data-testid="template-industries" value={industries} placeholder={t('ledger.industryHint')} onChange={(e) => setIndustries(e.target.value)} />
        </FormField>
      </div>
      <fieldset className="ledger-checks">
        <legend>{t('field.supervisionCategory')}</legend>
        {SupervisionCategory.options.map((c) => (
          <label key={c} className="check-line"><input type="checkbox" checked={draft.appliesToCategories.includes(c)} onChange={(e) => set({ appliesToCategories: toggle(draft.appliesToCategories, c, e.target.checked) })} />{label(SUPERVISION_CATEGORY, c)}</label>
        ))}
      </fieldset>
      <fieldset className="ledger-checks">
        <legend>{t('ledger.tags')}</legend>
        {EnterpriseTag.options.map((tag) => (
          <label key={tag} className="check-line"><input type="checkbox" checked={draft.appliesToTags.includes(tag)} onChange={(e) => set({ appliesToTags: toggle(draft.appliesToTags, tag, e.target.checked) })} />{label(ENTERPRISE_TAG, tag)}</label>
        ))}
      </fieldset>
      <datalist id="citation-keys">
        {[...CITATIONS.values()].map((c) => <option key={c.key} value={c.key}>{formatCitation(c)}</option>)}
      </datalist>
      <h2>{t('checklists.items')}</h2>
      {draft.items.map((item, index) => (
        <TemplateItemRow key={index} item={item} index={index} error={errorOf(`items.${index}.code`) ?? errorOf(`items.${index}.text`)}
          onChange={(next) => setItem(index, next)} onRemove={draft.items.length > 1 ? () => set({ items: draft.items.filter((_, i) => i !== index) }) : undefined} />
      ))}
      <button type="button" className="console-button" data-testid="template-add-item"
        onClick={() => set({ items: [...draft.items, { code: nextCode, section: 'siteManagement', text: '', howToCheck: 'site', basis: '', majorHazardCriterion: false, defaultDeadlineDays: 7 }] })}>
        {t('checklists.addItem')}
      </button>
      {issues.size > 0 ? <p className="form-error" role="alert">{t('checklists.invalid')}</p> : null}
      <div className="form-actions">
        <Button onClick={onDone}>{t('edit.cancel')}</Button>
        <Button data-testid="template-save" color="primary" type="submit">{t('checklists.saveDraft')}</Button>
      </div>
    </form>
  );
}
