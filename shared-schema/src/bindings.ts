import { z } from 'zod';
import { Id, LocalDate, ShortText } from './primitives';

/**
 * Who is bound to a grid or an enterprise (domain §2.2, S-004 annex 5 (六)): 网格员 and 消防指导员
 * (government accounts) and the enterprise-side 网格员 (a named person) to a grid; a 双网格员
 * (a government officer paired with the enterprise's safety officer) to an enterprise.
 */
export const BindingKind = z.enum(['gridOfficer', 'fireGuide', 'enterpriseGridPerson', 'dualOfficer']);
export type BindingKind = z.infer<typeof BindingKind>;

/** Kinds held by a government account: their current bindings decide what the officer sees. */
export const ACCOUNT_BINDING_KINDS: readonly BindingKind[] = ['gridOfficer', 'fireGuide', 'dualOfficer'];
/** Kinds whose target is a grid (the rest: an enterprise). */
export const GRID_BINDING_KINDS: readonly BindingKind[] = ['gridOfficer', 'fireGuide', 'enterpriseGridPerson'];

/**
 * One binding. The period is half-open: bound from `startsOn` up to (not on) `endsOn`; `endsOn`
 * null is a current binding. Ending a binding keeps it: the history is every row ever made.
 * Bindings start no later than today and end no later than today, so "current" never depends on
 * the clock: the grid's officers are exactly the current bindings' accounts.
 */
export const Binding = z.object({
  id: Id,
  kind: BindingKind,
  gridId: Id.nullable(),
  enterpriseId: Id.nullable(),
  /** The government account (gridOfficer, fireGuide, dualOfficer). */
  userId: Id.nullable(),
  /** The person's name: the account's name, or the enterprise-side person. */
  personName: ShortText,
  personPhone: z.string().regex(/^[0-9+\- ]{5,20}$/).nullable(),
  /** For a 双网格员: the enterprise's safety officer paired with the government officer. */
  partnerName: z.string().max(200).nullable(),
  startsOn: LocalDate,
  endsOn: LocalDate.nullable(),
  areaCode: z.string(),
  createdBy: z.string(),
  endedBy: z.string().nullable(),
});
export type Binding = z.infer<typeof Binding>;
export const BindingList = z.object({ bindings: z.array(Binding) });
export type BindingList = z.infer<typeof BindingList>;

export const NewBinding = z.object({
  kind: BindingKind,
  gridId: Id.optional(),
  enterpriseId: Id.optional(),
  userId: Id.optional(),
  personName: ShortText.optional(),
  personPhone: z.string().trim().regex(/^[0-9+\- ]{5,20}$/).optional(),
  partnerName: z.string().trim().max(200).optional(),
  startsOn: LocalDate,
});
export type NewBinding = z.infer<typeof NewBinding>;
export const EndBinding = z.object({ endsOn: LocalDate });
export type EndBinding = z.infer<typeof EndBinding>;

/** Whether two periods share a day ([start, end), null end = open). */
export function periodsOverlap(a: Pick<Binding, 'startsOn' | 'endsOn'>, b: Pick<Binding, 'startsOn' | 'endsOn'>): boolean {
  const aEnd = a.endsOn ?? '9999-12-31';
  const bEnd = b.endsOn ?? '9999-12-31';
  // An empty period (ended the day it started) holds no day, so it overlaps nothing.
  return a.startsOn < aEnd && b.startsOn < bEnd && a.startsOn < bEnd && b.startsOn < aEnd;
}

type Who = Pick<Binding, 'kind' | 'gridId' | 'enterpriseId' | 'userId' | 'personName'>;
const sameTarget = (a: Who, b: Who) => a.kind === b.kind && a.gridId === b.gridId && a.enterpriseId === b.enterpriseId;
const samePerson = (a: Who, b: Who) => (a.userId !== null || b.userId !== null ? a.userId === b.userId : a.personName.trim() === b.personName.trim());

/** Why a new binding may not be made (null: it may): a future start, or the same person already bound there then. */
export function bindingProblem(existing: readonly Binding[], proposed: Who & Pick<Binding, 'startsOn'>, today: string): string | null {
  if (proposed.startsOn > today) return '开始日期不能晚于今天（绑定当日生效） The start date cannot be after today';
  const clash = existing.find((b) => sameTarget(b, proposed) && samePerson(b, proposed) && periodsOverlap(b, { startsOn: proposed.startsOn, endsOn: null }));
  if (!clash) return null;
  return clash.endsOn === null
    ? `${clash.personName} 已绑定（自 ${clash.startsOn} 起），无需重复绑定 Already bound since ${clash.startsOn}`
    : `与 ${clash.startsOn} 至 ${clash.endsOn} 的绑定重叠，请从 ${clash.endsOn} 或之后开始 Overlaps an earlier binding; start on or after ${clash.endsOn}`;
}

/** Why a binding may not end on `endsOn` (null: it may). Ending takes effect at once, so no later than today. */
export function endProblem(binding: Binding, endsOn: string, today: string): string | null {
  if (binding.endsOn !== null) return `该绑定已于 ${binding.endsOn} 解除 This binding has already ended`;
  if (endsOn < binding.startsOn) return `结束日期不能早于开始日期 ${binding.startsOn} The end cannot precede the start`;
  if (endsOn > today) return '结束日期不能晚于今天（解除当日生效） The end date cannot be after today';
  return null;
}

/** The accounts currently bound to a target through these kinds (the officers the target's document names). */
export function currentAccounts(bindings: readonly Binding[], kinds: readonly BindingKind[], target: { gridId?: string; enterpriseId?: string }): string[] {
  const ids = bindings
    .filter((b) => b.endsOn === null && b.userId !== null && kinds.includes(b.kind))
    .filter((b) => (target.gridId !== undefined ? b.gridId === target.gridId : b.enterpriseId === target.enterpriseId))
    .map((b) => b.userId as string);
  return [...new Set(ids)].sort();
}

/**
 * The officer list a document should hold after a binding change: what it held, without `userId`
 * when no current binding of it remains, with every currently bound account. Accounts named
 * before bindings existed (the demo town, older installations) stay until a binding of theirs ends.
 */
export function officersAfter(held: readonly string[], bindings: readonly Binding[], kinds: readonly BindingKind[], target: { gridId?: string; enterpriseId?: string }, changedUserId: string): string[] {
  const current = currentAccounts(bindings, kinds, target);
  const kept = held.filter((id) => id !== changedUserId || current.includes(id));
  return [...new Set([...kept, ...current])];
}
