import type { RiskColour } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { RISK_COLOUR } from '../../i18n/labels';

export function RiskTag({ colour }: { colour: RiskColour }) {
  const { label } = useI18n();
  return <span className={`risk risk-${colour}`} data-risk={colour}>{label(RISK_COLOUR, colour)}</span>;
}
