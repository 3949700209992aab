import { checkUscc, normaliseUscc, type Enterprise } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { FormField } from '../../ui/FormField';

/**
 * 统一社会信用代码 with its check character verified as it is typed. A code failing the checksum
 * cannot be saved (the server refuses it on every write, issue 14): the message names the check
 * character the first 17 give, so a typo on the licence is found at once. A code stored before
 * the check and left unchanged does not block other edits (`stored`).
 */
export function UsccField({ draft, stored, disabled, error, onChange }: {
  draft: Pick<Enterprise, 'uscc'>;
  stored?: string | undefined;
  disabled: boolean;
  error: string | undefined;
  onChange: (change: Partial<Enterprise>) => void;
}) {
  const { t } = useI18n();
  const unchanged = stored !== undefined && normaliseUscc(stored) === normaliseUscc(draft.uscc);
  const check = checkUscc(draft.uscc);
  const problem = unchanged || check.ok || draft.uscc === '' ? undefined
    : check.reason === 'checksum' ? t('edit.usccChecksum', { expected: check.expected ?? '' }) : t('edit.usccInvalid');
  return (
    <FormField label={t('field.uscc')} error={problem ?? error}>
      <input
        data-testid="field-uscc" value={draft.uscc} maxLength={24} autoCapitalize="characters" spellCheck={false} disabled={disabled} aria-invalid={problem ? true : undefined}
        onChange={(e) => onChange({ uscc: e.target.value.toUpperCase(), usccWarningAccepted: false })}
      />
    </FormField>
  );
}
