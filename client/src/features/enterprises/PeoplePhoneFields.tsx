import type { EnterprisePerson } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { PERSON_ROLE } from '../../i18n/labels';
import { FormField } from '../../ui/FormField';

/** The phone of each person on record; an empty box means no phone (the field is optional). */
export function PeoplePhoneFields({ people, disabled, errorOf, onChange }: {
  people: EnterprisePerson[];
  disabled: boolean;
  errorOf: (path: string) => string | undefined;
  onChange: (people: EnterprisePerson[]) => void;
}) {
  const { t, label } = useI18n();
  if (people.length === 0) return null;
  const setPhone = (index: number, phone: string) =>
    onChange(people.map((person, i) => {
      if (i !== index) return person;
      const { phone: _old, ...rest } = person;
      return phone.trim() === '' ? rest : { ...rest, phone };
    }));
  return (
    <fieldset className="people-phones">
      <legend>{t('field.people')}</legend>
      <div className="form-grid">
        {people.map((person, index) => (
          <FormField key={person.id} label={`${label(PERSON_ROLE, person.role)} ${person.name}`} error={errorOf(`people.${index}.phone`)}>
            <input data-testid={`field-people-${index}-phone`} type="tel" inputMode="tel" value={person.phone ?? ''} disabled={disabled} onChange={(e) => setPhone(index, e.target.value)} />
          </FormField>
        ))}
      </div>
    </fieldset>
  );
}
