import { z } from 'zod';
import { DocumentBase, Id, IsoDateTime, LongText, PhotoHash, ShortText } from './primitives';

/** 一般 / 重大. Risk colour is a different concept and lives on the enterprise. */
export const HazardLevel = z.enum(['general', 'major']);
export type HazardLevel = z.infer<typeof HazardLevel>;

/** The five sources of 一页通览, plus whistle-blower and social-grid reports. */
export const HazardSource = z.enum([
  'enterpriseSelfCheck', 'gridPatrol', 'enforcement', 'superiorSupervision', 'thirdParty', 'whistleblower', 'socialGrid',
]);
export type HazardSource = z.infer<typeof HazardSource>;

export const HazardCategory = z.enum(['basicManagement', 'siteManagement', 'unsafeAct', 'unsafeCondition', 'managementDefect']);
export type HazardCategory = z.infer<typeof HazardCategory>;

/**
 * The descriptive record of a hazard. Its workflow state is not stored here: it is a fold of the
 * hazard's events (hazardStateMachine.ts), so concurrent workflow actions never conflict as fields.
 */
export const Hazard = z.object({
  ...DocumentBase,
  /** Human-readable number, provisional until the server assigns one. */
  no: z.string().max(40),
  enterpriseId: Id,
  inspectionId: Id.optional(),
  checklistItemCode: z.string().max(24).optional(),
  title: ShortText,
  description: LongText,
  location: z.string().max(200),
  category: HazardCategory,
  /** The level the finder proposed; confirmation events may change the effective level. */
  proposedLevel: HazardLevel,
  basis: z.string().max(300),
  source: HazardSource,
  foundBy: Id,
  foundAt: IsoDateTime,
  photosBefore: z.array(PhotoHash).max(20),
  requiredMeasures: LongText,
});
export type Hazard = z.infer<typeof Hazard>;
