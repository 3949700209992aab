import { useState } from 'react';
import { Button, Checkbox, Input, TextArea } from 'antd-mobile';
import { checkUscc, ENTERPRISE_EDITABLE_PROFILE_FIELDS, OperatingStatus, RiskColour, type Enterprise, type Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise, saveEnterprise } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { OPERATING_STATUS, RISK_COLOUR } from '../../i18n/labels';

type TextField = 'name' | 'siteAddress' | 'regAddress' | 'landlord';

/** 信息采集: edit the profile on the device; saving never waits for the network. */
export function EnterpriseEditPage({ id, role, onDone }: { id: string; role: Role; onDone: () => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const stored = useObservable<Enterprise | null | undefined>(() => observeEnterprise(db, id), undefined, [db, id]);
  if (!stored) return <p className="muted">{stored === null ? t('enterprise.notFound') : t('enterprises.loading')}</p>;
  // The form starts from the version on screen when editing began; the server merges later changes.
  return <EnterpriseForm initial={stored} role={role} onDone={onDone} />;
}

function EnterpriseForm({ initial, role, onDone }: { initial: Enterprise; role: Role; onDone: () => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const [draft, setDraft] = useState<Enterprise>(initial);
  const [errors, setErrors] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Enterprises may change only their own people, headcount, addresses and notes (server-enforced too).
  const editable = (field: string) => role !== 'enterprise' || (ENTERPRISE_EDITABLE_PROFILE_FIELDS as readonly string[]).includes(field);
  const set = (change: Partial<Enterprise>) => setDraft({ ...draft, ...change });
  const uscc = checkUscc(draft.uscc);
  const text = (field: TextField) => (
    <label className="edit-field">
      {t(`field.${field}`)}
      <Input data-testid={`field-${field}`} value={draft[field]} onChange={(v) => set({ [field]: v })} disabled={!editable(field)} />
    </label>
  );

  const save = async () => {
    setSaving(true);
    const result = await saveEnterprise(db, draft);
    setSaving(false);
    if (result.ok) onDone();
    else setErrors(t('edit.invalid', { fields: result.issues.map((i) => `${i.path}: ${i.message}`).join('；') }));
  };

  return (
    <form className="card edit-form" data-testid="enterprise-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="page-title"><h1>{t('edit.title')}</h1></div>
      {text('name')}
      <label className="edit-field">
        {t('field.uscc')}
        <Input data-testid="field-uscc" value={draft.uscc} onChange={(v) => set({ uscc: v.toUpperCase(), usccWarningAccepted: false })} disabled={!editable('uscc')} />
      </label>
      {!uscc.ok && uscc.reason === 'checksum' ? (
        <div className="form-warning">
          {t('edit.usccWarning', { expected: uscc.expected ?? '' })}
          <Checkbox data-testid="field-usccWarningAccepted" checked={draft.usccWarningAccepted} onChange={(v) => set({ usccWarningAccepted: v })}>{t('edit.usccAccept')}</Checkbox>
        </div>
      ) : !uscc.ok ? <div className="form-error">{t('edit.usccInvalid')}</div> : null}
      {text('siteAddress')}
      {text('regAddress')}
      <label className="edit-field">
        {t('field.headcount')}
        <Input data-testid="field-headcount" type="number" value={String(draft.headcount)} onChange={(v) => set({ headcount: Number.parseInt(v || '0', 10) })} disabled={!editable('headcount')} />
      </label>
      <label className="edit-field">
        {t('field.operatingStatus')}
        <select data-testid="field-operatingStatus" value={draft.operatingStatus} onChange={(e) => set({ operatingStatus: OperatingStatus.parse(e.target.value) })} disabled={!editable('operatingStatus')}>
          {OperatingStatus.options.map((s) => <option key={s} value={s}>{label(OPERATING_STATUS, s)}</option>)}
        </select>
      </label>
      <label className="edit-field">
        {t('field.riskColour')}
        <select data-testid="field-riskColour" value={draft.riskColour} onChange={(e) => set({ riskColour: RiskColour.parse(e.target.value) })} disabled={!editable('riskColour')}>
          {RiskColour.options.map((c) => <option key={c} value={c}>{label(RISK_COLOUR, c)}</option>)}
        </select>
      </label>
      {text('landlord')}
      <label className="edit-field">
        {t('field.notes')}
        <TextArea data-testid="field-notes" value={draft.notes} onChange={(v) => set({ notes: v })} rows={3} maxLength={4000} />
      </label>
      {errors ? <p className="form-error" role="alert">{errors}</p> : null}
      <div className="form-actions">
        <Button onClick={onDone}>{t('edit.cancel')}</Button>
        <Button data-testid="save-enterprise" color="primary" type="submit" loading={saving} disabled={!uscc.ok && !draft.usccWarningAccepted && uscc.reason === 'checksum'}>{t('edit.save')}</Button>
      </div>
    </form>
  );
}
