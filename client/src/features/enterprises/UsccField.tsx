import { checkUscc, type Enterprise } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { FormField } from '../../ui/FormField';

/**
 * 统一社会信用代码 with its check character verified as the officer types. A wrong check
 * character is a warning, not an error: old paper licences carry such codes, and the officer may
 * accept it after looking at the licence (usccWarningAccepted). Changing the code withdraws that.
 */
export function UsccField({ draft, disabled, error, onChange }: {
  draft: Pick<Enterprise, 'uscc' | 'usccWarningAccepted'>;
  disabled: boolean;
  error: string | undefined;
  onChange: (change: Partial<Enterprise>) => void;
}) {
  const { t } = useI18n();
  const check = checkUscc(draft.uscc);
  const problem = check.ok ? undefined : check.reason === 'checksum' ? undefined : t('edit.usccInvalid');
  return (
    <FormField label={t('field.uscc')} error={error ?? problem}>
      <input
        data-testid="field-uscc" value={draft.uscc} maxLength={18} autoCapitalize="characters" spellCheck={false} disabled={disabled}
        onChange={(e) => onChange({ uscc: e.target.value.toUpperCase(), usccWarningAccepted: false })}
      />
      {!check.ok && check.reason === 'checksum' ? (
        <span className="form-warning" role="status">
          {t('edit.usccWarning', { expected: check.expected ?? '' })}
          <span className="check-line">
            <input
              type="checkbox" data-testid="field-usccWarningAccepted" checked={draft.usccWarningAccepted} disabled={disabled}
              onChange={(e) => onChange({ usccWarningAccepted: e.target.checked })}
            />
            {t('edit.usccAccept')}
          </span>
        </span>
      ) : null}
    </FormField>
  );
}
