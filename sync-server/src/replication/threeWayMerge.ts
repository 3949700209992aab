import type { FieldRule, MergePolicy } from '@anxun/shared-schema';
import { canonical } from './documents';

export type PathSegment = string | { key: string; value: string };

/** A field where both sides changed and the rule kept one value over the other. */
export interface FieldConflict {
  path: PathSegment[];
  base: unknown;
  server: unknown;
  pushed: unknown;
  kept: unknown;
}

type Obj = Record<string, unknown>;
const eq = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function pathText(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'string' ? (i === 0 ? s : `.${s}`) : `[${s.value}]`)).join('');
}

/**
 * Three-way merge of one object by a policy: pure and deterministic, so the same three inputs
 * always give the same document. Fields changed on one side take that change; fields changed
 * differently on both sides follow their rule and are reported in `conflicts`.
 */
export function mergeObject(policy: MergePolicy, base: Obj, server: Obj, pushed: Obj, path: PathSegment[] = []): { value: Obj; conflicts: FieldConflict[] } {
  const conflicts: FieldConflict[] = [];
  const value: Obj = {};
  const keys = [...new Set([...Object.keys(server), ...Object.keys(pushed), ...Object.keys(base)])];
  for (const key of keys) {
    const rule = policy.fields[key] ?? policy.otherFields;
    const merged = mergeField(rule, base[key], server[key], pushed[key], [...path, key], conflicts);
    if (merged !== undefined) value[key] = merged;
  }
  return { value, conflicts };
}

function mergeField(rule: FieldRule, b: unknown, s: unknown, p: unknown, path: PathSegment[], conflicts: FieldConflict[]): unknown {
  switch (rule.kind) {
    case 'union':
      return unionList(asArray(s), asArray(p));
    case 'set':
      return setMerge(asArray(b), asArray(s), asArray(p));
    case 'byKey':
      return mergeByKey(rule, asArray(b), asArray(s), asArray(p), path, conflicts);
    default:
      break;
  }
  if (eq(s, p)) return s;
  if (eq(b, s)) return p;
  if (eq(b, p)) return s;
  let kept: unknown;
  switch (rule.kind) {
    case 'latest':
      return Date.parse(String(s)) >= Date.parse(String(p)) ? s : p;
    case 'lastWriter':
      kept = p;
      break;
    case 'serverWins':
      kept = s;
      break;
    case 'precedence':
      kept = rule.order.indexOf(String(s)) >= rule.order.indexOf(String(p)) ? s : p;
      break;
  }
  conflicts.push({ path, base: b, server: s, pushed: p, kept });
  return kept;
}

function unionList(s: unknown[], p: unknown[]): unknown[] {
  const seen = new Set(s.map(canonical));
  return [...s, ...p.filter((v) => !seen.has(canonical(v)) && (seen.add(canonical(v)), true))];
}

/** (server ∪ pushed) minus whatever either side removed from the base. */
function setMerge(b: unknown[], s: unknown[], p: unknown[]): unknown[] {
  const key = canonical;
  const inS = new Set(s.map(key));
  const inP = new Set(p.map(key));
  const removed = new Set(b.map(key).filter((k) => !inS.has(k) || !inP.has(k)));
  return unionList(s, p).filter((v) => !removed.has(key(v)));
}

function mergeByKey(rule: Extract<FieldRule, { kind: 'byKey' }>, b: unknown[], s: unknown[], p: unknown[], path: PathSegment[], conflicts: FieldConflict[]): unknown[] {
  const id = (item: unknown) => (isObj(item) ? String(item[rule.key]) : canonical(item));
  const index = (items: unknown[]) => new Map(items.map((item) => [id(item), item] as const));
  const [bi, si, pi] = [index(b), index(s), index(p)];
  const order = [...si.keys(), ...[...pi.keys()].filter((k) => !si.has(k))];
  const result: unknown[] = [];
  for (const k of order) {
    const [bv, sv, pv] = [bi.get(k), si.get(k), pi.get(k)];
    const itemPath: PathSegment[] = [...path, { key: rule.key, value: k }];
    if (sv !== undefined && pv !== undefined) {
      const merged = mergeObject(rule.item, isObj(bv) ? bv : {}, isObj(sv) ? sv : {}, isObj(pv) ? pv : {}, itemPath);
      conflicts.push(...merged.conflicts);
      result.push(merged.value);
      continue;
    }
    const present = sv ?? pv;
    if (bv === undefined) {
      result.push(present); // added on one side
    } else if (!eq(bv, present)) {
      // Removed on one side, edited on the other: the edit is kept and the removal logged.
      conflicts.push({ path: itemPath, base: bv, server: sv, pushed: pv, kept: present });
      result.push(present);
    }
    // else: removed on one side, untouched on the other → removed
  }
  return result;
}

export interface DocumentState {
  data: Obj;
  deleted: boolean;
}

/**
 * Merges a whole document, deletion included. Delete versus edit keeps the edit and logs the
 * deletion under the path `_deleted` (design §3.2).
 */
export function mergeDocuments(policy: MergePolicy, base: DocumentState, server: DocumentState, pushed: DocumentState): DocumentState & { conflicts: FieldConflict[] } {
  const { value, conflicts } = mergeObject(policy, base.data, server.data, pushed.data);
  let deleted = server.deleted;
  if (server.deleted !== pushed.deleted) {
    // The flags differ, so exactly one side changed it since the base: that change applies,
    // unless it is a deletion and the other side edited the document meanwhile.
    const pushedFlipped = pushed.deleted !== base.deleted;
    const flipped = pushedFlipped ? pushed : server;
    const otherEdited = !eq(base.data, pushedFlipped ? server.data : pushed.data);
    deleted = flipped.deleted && !otherEdited;
    if (flipped.deleted && otherEdited) {
      conflicts.push({ path: ['_deleted'], base: base.deleted, server: server.deleted, pushed: pushed.deleted, kept: false });
    }
  }
  return { data: value, deleted, conflicts };
}
