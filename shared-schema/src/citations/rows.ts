import type { Citation } from './citation';
import { INSTRUMENTS, type InstrumentId } from './laws';

/** [key, instrument, article, paragraph, item, status, text, note?] — the table's compact row. */
export type CitationRow = [key: string, instrument: InstrumentId, article: string, paragraph: string, item: string, status: Citation['status'], text: string, note?: string];

export function citationOf([key, instrument, article, paragraph, item, status, text, note]: CitationRow): Citation {
  const source = INSTRUMENTS[instrument];
  return {
    key, law: source.law, title: source.title, article, paragraph, item, text, status,
    inForceSince: source.inForceSince,
    note: [note, source.note].filter((n) => n).join('；') || '条款与文本经 issue 16 复核',
  };
}
