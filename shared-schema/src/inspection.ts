import { z } from 'zod';
import { ExamineeDraw, ExamResult, ExamSitting } from './exam';
import { DocumentBase, GeoPoint, Id, IsoDateTime, LongText, PhotoHash, ShortText } from './primitives';

/** 网格巡查 / 执法检查 (two officers) / 双随机 / 复查 / 专项 / 企业自查. */
export const InspectionType = z.enum(['gridPatrol', 'enforcement', 'randomDraw', 'followUp', 'special', 'selfCheck']);
export type InspectionType = z.infer<typeof InspectionType>;

/** 符合 / 不符合 / 不适用. */
export const AnswerResult = z.enum(['pass', 'fail', 'na']);
export type AnswerResult = z.infer<typeof AnswerResult>;

export const ChecklistAnswer = z.object({
  itemCode: z.string().max(24),
  result: AnswerResult,
  note: z.string().max(1000),
  photoHashes: z.array(PhotoHash).max(20),
  /** The hazard a failure became. */
  hazardId: Id.optional(),
  answeredAt: IsoDateTime,
});
export type ChecklistAnswer = z.infer<typeof ChecklistAnswer>;

export const CheckIn = z.object({
  at: IsoDateTime,
  position: GeoPoint.optional(),
  accuracyMetres: z.number().min(0).max(100_000).optional(),
  /** Why the officer checked in away from the enterprise (or without a position): required off site. */
  offSiteReason: z.string().trim().max(200).optional(),
});

/** A signature drawn on screen (PNG data URL), or a recorded refusal to sign. */
export const Signature = z.object({
  signerName: z.string().max(100),
  signerRole: z.enum(['officer', 'enterpriseRepresentative']),
  image: z.string().max(200_000).optional(),
  refused: z.boolean(),
  /** A refusal to sign is recorded with who saw it and why (issue 13, item 8). */
  witness: z.string().max(100).optional(),
  refusalReason: z.string().max(500).optional(),
  at: IsoDateTime,
});

export const InspectionStatus = z.enum(['inProgress', 'finished', 'cancelled']);

export const Inspection = z.object({
  ...DocumentBase,
  enterpriseId: Id,
  templateId: Id,
  templateVersion: z.number().int().min(1),
  type: InspectionType,
  status: InspectionStatus,
  officerIds: z.array(Id).min(1).max(10),
  startedAt: IsoDateTime,
  finishedAt: IsoDateTime.optional(),
  checkIn: CheckIn.optional(),
  answers: z.array(ChecklistAnswer).max(500),
  signatures: z.array(Signature).max(10),
  summary: LongText,
  /** The patrol this inspection belongs to, if one was running. */
  patrolId: Id.optional(),
  title: ShortText.optional(),
  /** 逢查必考 before issue 15: one examinee's quiz. Still read (examSittingsOf); new quizzes go to `exams`. */
  exam: ExamResult.optional(),
  /** 逢查必考: the examinees drawn from the roster, and each examinee's quiz as it is submitted. */
  examineeDraw: ExamineeDraw.optional(),
  exams: z.array(ExamSitting).max(20).optional(),
});
export type Inspection = z.infer<typeof Inspection>;

/** Every quiz of an inspection, old single-examinee results included. */
export function examSittingsOf(inspection: Pick<Inspection, 'exam' | 'exams'>): ExamResult[] {
  return [...(inspection.exam ? [inspection.exam] : []), ...(inspection.exams ?? [])];
}
