import { formatCitation, formatCitationInProse, PENDING_MARK, type Citation } from './citation';
import { INSTRUMENTS } from './laws';
import { citationOf } from './rows';
import { LAW_ROWS } from './rowsLaws';
import { RULE_ROWS } from './rowsRules';
import { CASE_ROWS } from './rowsCase';

export { formatCitation, formatCitationInProse, PENDING_MARK, type Citation } from './citation';
export { INSTRUMENTS, type Instrument, type InstrumentId } from './laws';

/** The one reviewed citation table, by key. */
export const CITATIONS: ReadonlyMap<string, Citation> = new Map([...LAW_ROWS, ...RULE_ROWS, ...CASE_ROWS].map((row) => [row[0], citationOf(row)]));

/** The citation of a key; throws on a missing key so a typo fails the seed build and its tests. */
export function citation(key: string): Citation {
  const found = CITATIONS.get(key);
  if (!found) throw new Error(`citation key ${JSON.stringify(key)} is not in the citation table`);
  return found;
}

/** The printed basis of one or more keys, joined by ； — e.g. 安全生产法 第四十一条第二款. */
export function basisOf(...keys: string[]): string {
  return keys.map((k) => formatCitation(citation(k))).join('；');
}

/** Every string the table can print for a basis: what a printed basis must be one of (or a join of). */
export function isTableBasis(text: string): boolean {
  const printable = new Set([...CITATIONS.values()].map(formatCitation));
  return text.split('；').every((part) => printable.has(part));
}

/** A citation as written inside a sentence of a writ. */
export function citeInProse(key: string): string {
  return formatCitationInProse(citation(key));
}

/**
 * The 《title》第…条… references a printed text makes that are not the prose form of a table entry:
 * empty when every law the text cites comes from the table. `documentTitles` are writ titles it may name.
 */
export function citationsNotInTable(text: string, documentTitles: Iterable<string> = []): string[] {
  const known = new Set([...CITATIONS.values()].map((c) => `${c.title}${c.article}${c.paragraph}${c.item}`));
  // Writs name other writs (《责令限期整改指令书》（文号）): those are documents, not laws.
  const documents = [...documentTitles].map((t) => `《${t}》`);
  const found = text.replaceAll(PENDING_MARK, '').match(/《[^》]+》(?:（[^）]*）)?(?:第[一二三四五六七八九十百零]+条)?(?:第[一二三四五六七八九十]+款)?(?:第（[一二三四五六七八九十]+）项)?/g) ?? [];
  return found.filter((ref) => !known.has(ref) && !documents.some((d) => ref.startsWith(d)));
}

/**
 * What an order says was violated, from its items' printed bases: a 判定标准 clause classifies a
 * hazard but imposes no duty, so it maps to the duty to find and remove hazards (安全生产法 第四十一条
 * 第二款); common knowledge maps to nothing; any other provision is itself the duty violated.
 */
export function violatedProvisions(itemBases: readonly string[]): string {
  const byLabel = new Map([...CITATIONS.values()].map((c) => [formatCitation(c), c]));
  const keys = new Set<string>();
  for (const part of itemBases.flatMap((b) => b.split('；'))) {
    const c = byLabel.get(part.trim());
    if (!c || c.law === INSTRUMENTS.know.law) continue;
    keys.add(c.law === INSTRUMENTS.l10.law || c.law === INSTRUMENTS.gb35181.law ? 'aqf.41.2' : c.key);
  }
  if (keys.size === 0) keys.add('aqf.41.2');
  return [...keys].map(citeInProse).join('、');
}
