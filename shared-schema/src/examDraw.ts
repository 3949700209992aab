import type { EnterprisePerson, EnterpriseTag } from './enterprise';
import { seededRandom, type ExamPost, type ExamQuestion } from './exam';
import type { InspectionType } from './inspection';
import { isCurrentStaff, type StaffPost } from './roster';

/**
 * 逢查必考 as the 六化 plan describes it (S-004 annex 4 (八), task 14): random examinees from the
 * enterprise's roster, the 主要负责人 always at enforcement checks, and for each examinee a draw of
 * their own that mixes 通用 and 岗位 questions. Pure and seeded: the logged seeds replay every draw.
 */

/** Examinees per inspection unless the officer asks for more (domain §6: 3–5 a session in the seeds' scale). */
export const DEFAULT_EXAMINEES = 2;
export const QUESTIONS_PER_EXAMINEE = 5;
/** At least this share of each examinee's questions are 通用 (post `all`). */
export const MIN_GENERAL_SHARE = 0.4;

/** 执法检查 and 双随机抽查 are the enforcement checks where the principal is always examined. */
export const ENFORCEMENT_INSPECTION_TYPES: readonly InspectionType[] = ['enforcement', 'randomDraw'];

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Draws `count` examinees from the current staff (fewer when the roster is smaller). At an
 * enforcement check one 主要负责人 comes first (drawn among them if several are flagged); the rest
 * are drawn at random. Same seed and roster, in any order, give the same examinees.
 */
export function drawExaminees(roster: readonly EnterprisePerson[], options: { seed: number; count: number; inspectionType: InspectionType; today: string }): EnterprisePerson[] {
  const next = seededRandom(options.seed);
  const current = roster.filter((m) => isCurrentStaff(m, options.today)).sort((a, b) => a.id.localeCompare(b.id));
  const principal = ENFORCEMENT_INSPECTION_TYPES.includes(options.inspectionType) ? shuffled(current.filter((m) => m.role === 'principal'), next)[0] : undefined;
  const others = shuffled(current.filter((m) => m !== principal), next);
  return [...(principal ? [principal] : []), ...others].slice(0, Math.max(0, options.count));
}

/** The posts whose 岗位 questions an examinee gets: their post, and principal duties for a principal. */
export function examineePosts(examinee: { post: StaffPost; isPrincipal?: boolean | undefined }): StaffPost[] {
  return examinee.isPrincipal && examinee.post !== 'principal' ? ['principal', examinee.post] : [examinee.post];
}

const postOf = (q: ExamQuestion): ExamPost => q.post ?? 'all';

/** Questions about the enterprise's sectors and sector-free ones, taken in turn so both appear. */
function alternate(sector: readonly ExamQuestion[], free: readonly ExamQuestion[]): ExamQuestion[] {
  const out: ExamQuestion[] = [];
  for (let i = 0; i < Math.max(sector.length, free.length); i++) {
    if (sector[i]) out.push(sector[i] as ExamQuestion);
    if (free[i]) out.push(free[i] as ExamQuestion);
  }
  return out;
}

/**
 * One examinee's questions: at least MIN_GENERAL_SHARE 通用 (post `all`), the rest 岗位 (the
 * examinee's posts, principal duties first for a principal), each part mixing questions about the
 * enterprise's sectors with sector-free ones; a part that runs short is filled from the other.
 * Never a retired, repeated or other-sector question. Order of the bank does not matter.
 */
export function drawExamQuestions(
  bank: readonly ExamQuestion[],
  options: { seed: number; count: number; sectorTags: readonly EnterpriseTag[]; posts: readonly StaffPost[] },
): ExamQuestion[] {
  const next = seededRandom(options.seed);
  const live = bank.filter((q) => !q.retired && (q.sectorTags.length === 0 || q.sectorTags.some((t) => options.sectorTags.includes(t))))
    .sort((a, b) => a.id.localeCompare(b.id));
  const part = (questions: ExamQuestion[]) => alternate(shuffled(questions.filter((q) => q.sectorTags.length > 0), next), shuffled(questions.filter((q) => q.sectorTags.length === 0), next));
  const general = part(live.filter((q) => postOf(q) === 'all'));
  // Each post's questions in the order of `posts` (principal duties first), every post drawn separately.
  const forPost = options.posts.flatMap((post) => part(live.filter((q) => postOf(q) === post)));
  const post = [...new Set(forPost)];
  const generalWanted = Math.ceil(options.count * MIN_GENERAL_SHARE);
  const postTaken = post.slice(0, Math.max(options.count - generalWanted, options.count - general.length));
  const generalTaken = general.slice(0, options.count - postTaken.length);
  return shuffled([...generalTaken, ...postTaken], next);
}

/**
 * A seed of its own for each examinee, derived from the inspection's examinee-draw seed, so the
 * whole session replays from one logged number while every examinee still gets a different draw.
 */
export function examineeSeed(drawSeed: number, index: number): number {
  return Math.floor(seededRandom((drawSeed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0)() * 0x100000000) >>> 0;
}
