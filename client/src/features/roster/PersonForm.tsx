import { useState } from 'react';
import { Button } from '../../ui/kit';
import { newId, PersonRole, type EnterprisePerson } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { saveRosterPerson } from '../../db/rosterRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { PERSON_ROLE } from '../../i18n/labels';
import { FormField } from '../../ui/FormField';

interface Draft { name: string; role: PersonRole; phone: string; certificateType: string; certificateNumber: string; certificateExpiry: string; leftOn: string }

const draftOf = (p?: EnterprisePerson): Draft => ({
  name: p?.name ?? '', role: p?.role ?? 'frontline', phone: p?.phone ?? '',
  certificateType: p?.certificateType ?? '', certificateNumber: p?.certificateNumber ?? '', certificateExpiry: p?.certificateExpiry ?? '', leftOn: p?.leftOn ?? '',
});

/** Adds or edits one person of the roster on the phone; an empty optional box means "none". */
export function PersonForm({ enterpriseId, person, onDone }: { enterpriseId: string; person?: EnterprisePerson | undefined; onDone: () => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const optional = (key: 'phone' | 'certificateType' | 'certificateNumber' | 'certificateExpiry' | 'leftOn') => (draft[key].trim() ? { [key]: draft[key].trim() } : {});
  const save = async () => {
    const next: EnterprisePerson = {
      id: person?.id ?? newId(), name: draft.name, role: draft.role,
      ...optional('phone'), ...optional('certificateType'), ...optional('certificateNumber'), ...optional('certificateExpiry'), ...optional('leftOn'),
    };
    const saved = await saveRosterPerson(db, enterpriseId, next);
    if (saved.ok) return onDone();
    setErrors(new Map(saved.issues.map((i) => [i.path, i.message])));
  };
  const text = (key: 'name' | 'phone' | 'certificateType' | 'certificateNumber', title: string, extra: object = {}) => (
    <FormField label={title} error={errors.get(key)}>
      <input data-testid={`person-${key}`} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} {...extra} />
    </FormField>
  );
  return (
    <section className="card action-form person-form" data-testid="person-form">
      <h2>{person ? person.name : t('roster.add')}</h2>
      {text('name', t('roster.name'))}
      <FormField label={t('roster.role')} error={errors.get('role')}>
        <select data-testid="person-role" value={draft.role} onChange={(e) => set({ role: PersonRole.parse(e.target.value) })}>
          {PersonRole.options.map((r) => <option key={r} value={r}>{label(PERSON_ROLE, r)}</option>)}
        </select>
      </FormField>
      {text('phone', t('roster.phone'), { type: 'tel', inputMode: 'tel' })}
      <p className="muted">{t('roster.certHint')}</p>
      {text('certificateType', t('roster.certType'), { placeholder: '电工作业' })}
      {text('certificateNumber', t('roster.certNumber'))}
      <FormField label={t('roster.certExpiry')} error={errors.get('certificateExpiry')}>
        <input data-testid="person-certificateExpiry" type="date" value={draft.certificateExpiry} onChange={(e) => set({ certificateExpiry: e.target.value })} />
      </FormField>
      {person ? (
        <FormField label={t('roster.leftOn')} error={errors.get('leftOn')}>
          <input data-testid="person-leftOn" type="date" value={draft.leftOn} onChange={(e) => set({ leftOn: e.target.value })} />
        </FormField>
      ) : null}
      {person ? <p className="muted">{t('roster.leftHint')}</p> : null}
      {errors.size > 0 ? <p className="field-error" role="alert">{t('roster.saveFailed', { detail: [...errors.keys()].join('、') })}</p> : null}
      <div className="action-buttons">
        <Button color="primary" data-testid="person-save" onClick={() => void save()}>{t('roster.save')}</Button>
        <Button onClick={onDone}>{t('roster.cancel')}</Button>
      </div>
    </section>
  );
}
