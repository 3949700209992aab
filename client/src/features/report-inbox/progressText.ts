import type { PublicProgress } from '@anxun/shared-schema';
import type { I18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';

/** The progress in the words the reporter also sees (受理, 核实中, 已立为隐患, 整改中, 已办结, 不予立案). */
export const progressText = (progress: PublicProgress, t: I18n['t']): string => t(`report.progress.${progress}` satisfies MessageKey);
