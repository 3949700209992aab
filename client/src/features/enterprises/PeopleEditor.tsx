import { newId, PersonRole, type EnterprisePerson } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { PERSON_ROLE } from '../../i18n/labels';

/**
 * The enterprise's people: role, name, phone, certificate expiry; add and remove. Each person
 * keeps its id, so concurrent edits of the list merge person by person on the server.
 */
export function PeopleEditor({ people, disabled, errorOf, onChange }: {
  people: EnterprisePerson[];
  disabled: boolean;
  errorOf: (path: string) => string | undefined;
  onChange: (people: EnterprisePerson[]) => void;
}) {
  const { t, label } = useI18n();
  const change = (index: number, patch: Partial<EnterprisePerson>) =>
    onChange(people.map((person, i) => {
      if (i !== index) return person;
      const next: EnterprisePerson = { ...person, ...patch };
      // Optional fields are absent, never empty strings (the schema's formats refuse '').
      if (next.phone !== undefined && next.phone.trim() === '') delete next.phone;
      if (next.certificateExpiry !== undefined && next.certificateExpiry === '') delete next.certificateExpiry;
      return next;
    }));
  const add = () => onChange([...people, { id: newId(), role: 'safetyOfficer', name: '' }]);
  return (
    <fieldset className="people-phones" data-testid="people-editor">
      <legend>{t('ledger.people')}</legend>
      <table className="hazard-table">
        <thead><tr><th>{t('ledger.person.role')}</th><th>{t('ledger.person.name')}</th><th>{t('field.phone')}</th><th>{t('ledger.person.certificate')}</th><th /></tr></thead>
        <tbody>
          {people.map((person, index) => {
            const error = errorOf(`people.${index}.name`) ?? errorOf(`people.${index}.phone`) ?? errorOf(`people.${index}.certificateExpiry`);
            return (
              <tr key={person.id} data-invalid={error ? 'true' : undefined}>
                <td>
                  <select aria-label={t('ledger.person.role')} value={person.role} disabled={disabled} onChange={(e) => change(index, { role: PersonRole.parse(e.target.value) })}>
                    {PersonRole.options.map((r) => <option key={r} value={r}>{label(PERSON_ROLE, r)}</option>)}
                  </select>
                </td>
                <td><input aria-label={t('ledger.person.name')} data-testid={`field-people-${index}-name`} value={person.name} disabled={disabled} onChange={(e) => change(index, { name: e.target.value })} /></td>
                <td><input aria-label={t('field.phone')} data-testid={`field-people-${index}-phone`} type="tel" inputMode="tel" value={person.phone ?? ''} disabled={disabled} onChange={(e) => change(index, { phone: e.target.value })} /></td>
                <td><input aria-label={t('ledger.person.certificate')} type="date" value={person.certificateExpiry ?? ''} disabled={disabled} onChange={(e) => change(index, { certificateExpiry: e.target.value })} /></td>
                <td>
                  <button type="button" className="console-button" disabled={disabled} onClick={() => onChange(people.filter((_, i) => i !== index))}>{t('ledger.person.remove')}</button>
                  {error ? <span className="field-error">{error}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="console-button" data-testid="add-person" disabled={disabled} onClick={add}>{t('ledger.person.add')}</button>
    </fieldset>
  );
}
