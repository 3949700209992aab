import type { EnterpriseTag } from './enterprise';
import { DEFAULT_PASS_MARK, type QuizAnswer, type QuizPost, type QuizQuestion } from './quiz';

/**
 * mulberry32: a tiny seeded PRNG. The same seed gives the same sequence on every device and in
 * every JavaScript engine, which is what lets an auditor repeat a draw made offline.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy. */
function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface QuestionDrawOptions {
  /** uint32, logged in the QuizResult. */
  seed: number;
  count: number;
  /** The enterprise's tags. */
  sectorTags: readonly EnterpriseTag[];
  /** The examinee's post, when known before the questions are drawn. */
  post?: QuizPost;
}

export interface QuestionDraw {
  questions: QuizQuestion[];
  /** How many fewer than `count` the bank could give (0 when the draw is complete). */
  shortfall: number;
}

/**
 * Relevance tier of a question for this enterprise and post (lower is drawn first), or undefined
 * when it is about a sector the enterprise does not have.
 */
function tierOf(q: QuizQuestion, sectorTags: readonly EnterpriseTag[], post: QuizPost | undefined): number | undefined {
  const general = q.sectorTags.length === 0;
  if (!general && !q.sectorTags.some((tag) => sectorTags.includes(tag))) return undefined;
  const ownPost = post !== undefined && post !== 'general' && q.post === post;
  // Post unknown: every question of the enterprise's sectors fits (the sector is what was inspected).
  if (!general && (post === undefined || ownPost || q.post === 'general')) return 0;
  if (general && ownPost) return 1; // the person's own trade
  if (general && q.post === 'general') return 2; // general knowledge everyone should have
  return 3; // written for another post: only to fill up
}

/**
 * 逢查必考, first randomness: draws up to `count` live questions, the enterprise's sectors and the
 * examinee's post first, general knowledge to fill up. Invariants: no retired question, no
 * question twice, and the draw depends only on the seed and the set of questions (not on the
 * order the bank arrived in from sync), so the logged seed reproduces it.
 */
export function drawQuizQuestions(bank: readonly QuizQuestion[], options: QuestionDrawOptions): QuestionDraw {
  const count = Math.max(0, Math.floor(options.count));
  const next = mulberry32(options.seed);
  // One copy per id: a bank merged from two devices may hold an id twice; the newest edit wins.
  const newest = new Map<string, QuizQuestion>();
  for (const q of bank) {
    const seen = newest.get(q.id);
    if (!seen || q.updatedAt > seen.updatedAt) newest.set(q.id, q);
  }
  const tiers: QuizQuestion[][] = [[], [], [], []];
  for (const q of [...newest.values()].sort(byId)) {
    const tier = q.retired ? undefined : tierOf(q, options.sectorTags, options.post);
    if (tier !== undefined) tiers[tier]?.push(q);
  }
  const questions = tiers.flatMap((tier) => shuffled(tier, next)).slice(0, count);
  return { questions, shortfall: count - questions.length };
}

/**
 * 逢查必考, second randomness: which member of staff answers. The same seed as the questions is
 * used, on a derived stream, so one logged seed reproduces both draws. Staff are ordered by id
 * (then name) first, so a roster re-ordered by sync still gives the same person.
 */
export function drawExaminee<T extends { name: string; id?: string }>(staff: readonly T[], seed: number): T | undefined {
  if (staff.length === 0) return undefined;
  const key = (p: T) => `${p.id ?? ''}\u0000${p.name}`;
  const ordered = [...staff].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const next = mulberry32((seed ^ 0x9e3779b9) >>> 0);
  return ordered[Math.floor(next() * ordered.length)];
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Whole points out of 100; `passed` is judged on this recorded number. */
  score: number;
  passed: boolean;
}

/**
 * Scores answers against the drawn questions. A question counts only when the chosen keys are
 * exactly its answer keys (a partly right multiple choice is wrong); unanswered counts as wrong;
 * answers to questions that were not drawn are ignored.
 */
export function scoreQuiz(
  questions: readonly QuizQuestion[],
  answers: readonly QuizAnswer[],
  passMark: number = DEFAULT_PASS_MARK,
): QuizScore {
  const chosenFor = new Map<string, ReadonlySet<string>>();
  for (const a of answers) if (!chosenFor.has(a.questionId)) chosenFor.set(a.questionId, new Set(a.chosen));
  const correct = questions.filter((q) => {
    const chosen = chosenFor.get(q.id);
    const right = new Set<string>(q.answer);
    return chosen !== undefined && chosen.size === right.size && [...chosen].every((key) => right.has(key));
  }).length;
  const total = questions.length;
  const score = total === 0 ? 0 : Math.round((correct / total) * 100);
  return { correct, total, score, passed: total > 0 && score >= passMark };
}
