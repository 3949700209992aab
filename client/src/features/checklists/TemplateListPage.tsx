import { useState } from 'react';
import { Dialog } from '../../ui/kit';
import { isPublished, nextVersionDraft, templateIdOf, type ChecklistTemplate } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeAllTemplates, saveTemplate } from '../../db/templateRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { TemplateEditor } from './TemplateEditor';

/** A new template: one empty item to fill, version 1, a draft. */
function blankTemplate(code: string): ChecklistTemplate {
  return {
    id: templateIdOf(code, 1), code, version: 1, name: '新检查表', appliesToTags: [], appliesToCategories: [], appliesToIndustries: [], retired: false, status: 'draft',
    items: [{ code: 'A-01', section: 'basicManagement', text: '检查内容', howToCheck: 'site', basis: '', majorHazardCriterion: false, defaultDeadlineDays: 7 }],
    updatedAt: new Date().toISOString(),
  };
}

/**
 * 检查表 (administrators, supervisors): every version of every template. A draft is edited and
 * published; a published version is never edited again (the server refuses it): 新版本 copies it
 * into the next version's draft. Inspections keep the version they used.
 */
export function TemplateListPage() {
  const { t } = useI18n();
  const db = useDatabase();
  const templates = useObservable<ChecklistTemplate[] | null>(() => observeAllTemplates(db), null, [db]);
  const [editing, setEditing] = useState<ChecklistTemplate | null>(null);
  const [newCode, setNewCode] = useState('');
  if (editing) return <TemplateEditor key={editing.id} initial={editing} onDone={() => setEditing(null)} />;
  const all = templates ?? [];
  const startNew = () => {
    const code = newCode.trim().toLowerCase();
    if (!/^[a-z0-9-]{1,40}$/.test(code) || all.some((x) => x.code === code)) return void Dialog.alert({ content: t('checklists.badCode') });
    setEditing(blankTemplate(code));
  };
  const confirmThen = (text: string, action: () => Promise<unknown>) => void Dialog.confirm({ content: <p data-testid="template-dialog">{text}</p>, confirmText: <span data-testid="template-confirm">{t('checklists.confirm')}</span>, cancelText: t('common.cancel'), onConfirm: async () => { await action(); } });
  return (
    <>
      <h1>{t('checklists.title')}</h1>
      <p className="muted">{t('checklists.help')}</p>
      <div className="console-counts">
        <input style={{ minWidth: 320 }} value={newCode} placeholder={t('checklists.codeHint')} aria-label={t('checklists.code')} onChange={(e) => setNewCode(e.target.value)} data-testid="template-new-code" />
        <button type="button" className="console-button primary" data-testid="template-new" onClick={startNew}>{t('checklists.new')}</button>
      </div>
      <table className="hazard-table" data-testid="template-list">
        <thead><tr><th>{t('checklists.code')}</th><th>{t('checklists.version')}</th><th>{t('checklists.name')}</th><th>{t('checklists.items')}</th><th>{t('checklists.state')}</th><th>{t('people.actions')}</th></tr></thead>
        <tbody>
          {all.map((x) => (
            <tr key={x.id} data-status={x.retired ? 'retired' : x.status ?? 'published'}>
              <td><code>{x.code}</code></td><td>v{x.version}</td><td>{x.name}</td><td>{x.items.length}</td>
              <td>{x.retired ? t('checklists.retired') : isPublished(x) ? t('checklists.published') : t('checklists.draft')}</td>
              <td className="nowrap">
                {isPublished(x) ? (
                  <>
                    <button type="button" className="console-button" data-testid="template-next" onClick={() => setEditing(nextVersionDraft(x, all, new Date().toISOString()))}>{t('checklists.nextVersion')}</button>
                    {x.retired ? null : <button type="button" className="console-button" onClick={() => confirmThen(t('checklists.confirmRetire', { name: x.name, version: x.version }), () => saveTemplate(db, { ...x, retired: true }))}>{t('checklists.retire')}</button>}
                  </>
                ) : (
                  <>
                    <button type="button" className="console-button" data-testid="template-edit" onClick={() => setEditing(x)}>{t('checklists.edit')}</button>
                    <button type="button" className="console-button primary" data-testid="template-publish" onClick={() => confirmThen(t('checklists.confirmPublish', { name: x.name, version: x.version }), () => saveTemplate(db, { ...x, status: 'published' }))}>{t('checklists.publish')}</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
