import type { ExamQuestion } from '@anxun/shared-schema';
import { AMMONIA_ROWS, FIRE_ROWS } from './fireAndAmmonia';
import { CONFINED_ROWS, DUST_ROWS } from './dustAndConfined';
import { question } from './examRow';
import { GENERAL_ROWS } from './general';

/** 逢查必考 demo bank: 12 each for dust, confined space, 九小 fire, ammonia/hazchem, and 16 general incl. hot work. */
export const DEMO_EXAM_QUESTIONS: ExamQuestion[] = [...DUST_ROWS, ...CONFINED_ROWS, ...FIRE_ROWS, ...AMMONIA_ROWS, ...GENERAL_ROWS].map(question);
