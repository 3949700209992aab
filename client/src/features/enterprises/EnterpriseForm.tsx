import { useState } from 'react';
import { Button, Toast } from '../../ui/kit';
import { ENTERPRISE_EDITABLE_PROFILE_FIELDS, isDeactivated, LEDGER_KEEPERS, OperatingStatus, RiskColour, type Enterprise, type Grid, type Role } from '@anxun/shared-schema';
import type { SaveResult } from '../../db/enterpriseRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { issuesByField, type IssueText } from '../../i18n/issueMessage';
import { OPERATING_STATUS, RISK_COLOUR } from '../../i18n/labels';
import { FormField } from '../../ui/FormField';
import { LedgerFields } from './LedgerFields';
import { PeopleEditor } from './PeopleEditor';
import { UsccField } from './UsccField';

type TextField = 'name' | 'siteAddress' | 'regAddress' | 'landlord';

/**
 * Every field of an enterprise, for a new one (a ledger keeper) or an edit. What a role may not
 * change is shown disabled; the server enforces the same rules (writePolicy.ts). 停业/注销 is not a
 * choice here: it needs a dated reason (EnterpriseStatusPanel).
 */
export function EnterpriseForm({ initial, storedUscc, role, grids, title, onSave, onDone }: {
  initial: Enterprise;
  storedUscc: string | undefined;
  role: Role;
  grids: readonly Grid[];
  title: string;
  /** `base` is the version the form started from (later changes stay: only what the form changed is written). */
  onSave: (draft: Enterprise, base: Enterprise) => Promise<SaveResult>;
  onDone: (saved: Enterprise | null) => void;
}) {
  const { t, label } = useI18n();
  const [base] = useState<Enterprise>(initial);
  const [draft, setDraft] = useState<Enterprise>(initial);
  const [issues, setIssues] = useState<Map<string, IssueText>>(new Map());
  const [saving, setSaving] = useState(false);
  const keeper = LEDGER_KEEPERS.includes(role);
  // Enterprises may change only their own people, headcount, addresses and notes (server-enforced too).
  const editable = (field: string) => role !== 'enterprise' || (ENTERPRISE_EDITABLE_PROFILE_FIELDS as readonly string[]).includes(field);
  const set = (change: Partial<Enterprise>) => setDraft((current) => ({ ...current, ...change }));
  const errorOf = (path: string) => {
    const issue = issues.get(path);
    return issue ? t(issue.key, issue.params) : undefined;
  };
  const text = (field: TextField) => (
    <FormField label={t(`field.${field}`)} error={errorOf(field)}>
      <input data-testid={`field-${field}`} value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} disabled={!editable(field)} />
    </FormField>
  );
  const save = async () => {
    setSaving(true);
    const result = await onSave(draft, base);
    setSaving(false);
    if (!result.ok) return setIssues(issuesByField(result.issues));
    Toast.show({ content: t('edit.saved'), position: 'bottom' });
    onDone(result.enterprise);
  };
  const statuses = OperatingStatus.options.filter((s) => !isDeactivated(s) || s === draft.operatingStatus);
  const fieldNames = [...issues.keys()].map((path) => t(`field.${path.split('.')[0] ?? ''}` as Parameters<typeof t>[0]));
  return (
    <form className="card edit-form" data-testid="enterprise-form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="page-title"><h1>{title}</h1></div>
      <div className="form-grid">
        {text('name')}
        <UsccField draft={draft} stored={storedUscc} disabled={!editable('uscc')} error={errorOf('uscc')} onChange={set} />
        {text('siteAddress')}
        {text('regAddress')}
        <FormField label={t('field.headcount')} error={errorOf('headcount')}>
          <input
            data-testid="field-headcount" type="number" inputMode="numeric" min={0} step={1} disabled={!editable('headcount')}
            value={Number.isNaN(draft.headcount) ? '' : String(draft.headcount)}
            // An empty or partial number stays NaN, and the schema says why it cannot be saved.
            onChange={(e) => set({ headcount: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          />
        </FormField>
        <FormField label={t('field.operatingStatus')} error={errorOf('operatingStatus')}>
          <select data-testid="field-operatingStatus" value={draft.operatingStatus} onChange={(e) => set({ operatingStatus: OperatingStatus.parse(e.target.value) })} disabled={!editable('operatingStatus') || isDeactivated(draft.operatingStatus)}>
            {statuses.map((s) => <option key={s} value={s}>{label(OPERATING_STATUS, s)}</option>)}
          </select>
        </FormField>
        <FormField label={t('field.riskColour')} error={errorOf('riskColour')}>
          <select data-testid="field-riskColour" value={draft.riskColour} onChange={(e) => set({ riskColour: RiskColour.parse(e.target.value) })} disabled={!editable('riskColour')}>
            {RiskColour.options.map((c) => <option key={c} value={c}>{label(RISK_COLOUR, c)}</option>)}
          </select>
        </FormField>
        {text('landlord')}
      </div>
      <LedgerFields draft={draft} grids={grids} gridsEditable={keeper} editable={editable} errorOf={errorOf} onChange={set} />
      <FormField label={t('field.notes')} error={errorOf('notes')}>
        <textarea data-testid="field-notes" value={draft.notes} onChange={(e) => set({ notes: e.target.value })} rows={3} maxLength={4000} disabled={!editable('notes')} />
      </FormField>
      <PeopleEditor people={draft.people} disabled={!editable('people')} errorOf={errorOf} onChange={(people) => set({ people })} />
      {issues.size > 0 ? <p className="form-error" role="alert">{t('edit.invalid', { fields: [...new Set(fieldNames)].join('、') })}</p> : null}
      <div className="form-actions">
        <Button onClick={() => onDone(null)}>{t('edit.cancel')}</Button>
        <Button data-testid="save-enterprise" color="primary" type="submit" loading={saving}>{t('edit.save')}</Button>
      </div>
    </form>
  );
}
