import type { ExamQuestion } from '@anxun/shared-schema';
import { LIBRARY } from '../checklists/index';
import { AMMONIA_ROWS, HAZCHEM_ROWS } from './ammoniaAndHazchem';
import { CATERING_GAS_ROWS, MULTI_USE_ROWS, RESIDENTIAL_ROWS } from './buildingsAndGas';
import { CONFINED_ROWS, DUST_ROWS } from './dustAndConfined';
import { question, type ExamRow } from './examRow';
import { FIRE_ROWS } from './fire';
import { FRONTLINE_ROWS } from './frontline';
import { GENERAL_ROWS } from './general';
import { FURNACE_ROWS, METALLURGY_ROWS } from './metals';
import { PRINCIPAL_ROWS } from './principal';
import { SAFETY_MANAGER_ROWS } from './safetyManager';
import { SPECIAL_OPERATOR_ROWS } from './specialOperator';
import { SPECIAL_WORK_ROWS } from './specialWork';

/**
 * The bank by checklist-library template (sector). A question takes its template's tags, so it is
 * drawn for the enterprises the template suits by tag; 通用 and 动火/高处 questions have no tags and
 * are drawn for everyone.
 */
export const EXAM_SECTORS: Record<string, ExamRow[]> = {
  'general-industry': [...GENERAL_ROWS, ...PRINCIPAL_ROWS, ...SAFETY_MANAGER_ROWS, ...FRONTLINE_ROWS, ...SPECIAL_OPERATOR_ROWS],
  'special-work': SPECIAL_WORK_ROWS,
  'dust-explosion': DUST_ROWS,
  'confined-space': CONFINED_ROWS,
  'ammonia-refrigeration': AMMONIA_ROWS,
  'hazchem-use': HAZCHEM_ROWS,
  metallurgy: METALLURGY_ROWS,
  'furnace-nonferrous': FURNACE_ROWS,
  'nine-small-fire': FIRE_ROWS,
  'catering-gas': CATERING_GAS_ROWS,
  'multi-use-building': MULTI_USE_ROWS,
  'residential-fire': RESIDENTIAL_ROWS,
};

function sectorTags(code: string) {
  const template = LIBRARY.find((t) => t.code === code);
  if (!template) throw new Error(`exam sector ${code} is not a checklist-library template`);
  return template.appliesToTags;
}

/** 逢查必考 bank: every sector of the checklist library, each question with post, difficulty, explanation and basis. */
export const DEMO_EXAM_QUESTIONS: ExamQuestion[] = Object.entries(EXAM_SECTORS).flatMap(([code, rows]) => rows.map((row) => question(row, sectorTags(code))));
