import { shanghaiDate } from '@anxun/shared-schema';

export type KpiPreset = 'quarter' | 'month' | 'year';

/** This quarter, month or year up to today, in Asia/Shanghai dates. */
export function presetPeriod(preset: KpiPreset, now: Date): { from: string; to: string } {
  const today = shanghaiDate(now);
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  const first = (m: number) => `${year}-${String(m).padStart(2, '0')}-01`;
  const from = preset === 'year' ? first(1) : preset === 'month' ? first(month) : first(month - ((month - 1) % 3));
  return { from, to: today };
}

