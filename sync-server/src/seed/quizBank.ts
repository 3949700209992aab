import type { QuizQuestion } from '@anxun/shared-schema';
import { AMMONIA_QUESTIONS, HAZCHEM_QUESTIONS } from './quiz/ammoniaHazchem';
import { CONFINED_QUESTIONS } from './quiz/confinedSpace';
import { DUST_QUESTIONS } from './quiz/dustExplosion';
import { FIRE_QUESTIONS } from './quiz/fireSafety';
import { GENERAL_QUESTIONS } from './quiz/general';
import { HOT_WORK_QUESTIONS } from './quiz/hotWork';

/** The 逢查必考 demo bank by topic, written in our own words from domain.md §4 (the basis cites the rule). */
export const DEMO_QUIZ_GROUPS = {
  dustExplosion: DUST_QUESTIONS,
  confinedSpace: CONFINED_QUESTIONS,
  fireSafety: FIRE_QUESTIONS,
  ammoniaAndHazchem: [...AMMONIA_QUESTIONS, ...HAZCHEM_QUESTIONS],
  hotWorkAndSpecialOperations: HOT_WORK_QUESTIONS,
  general: GENERAL_QUESTIONS,
} as const satisfies Record<string, readonly QuizQuestion[]>;

export const DEMO_QUIZ_QUESTIONS: QuizQuestion[] = Object.values(DEMO_QUIZ_GROUPS).flat();
