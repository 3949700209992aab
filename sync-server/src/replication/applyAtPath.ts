import type { PathSegment } from './threeWayMerge';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of `doc` with `value` placed at `path` (fields, and list items picked by key).
 * `undefined` removes the field or the item. Used to apply the other side of a logged conflict.
 */
export function applyAtPath(doc: Obj, path: readonly PathSegment[], value: unknown): Obj {
  const [head, ...rest] = path;
  if (head === undefined) return isObj(value) ? value : doc;
  if (typeof head !== 'string') throw new Error('a path must start with a field name');
  const next = { ...doc };
  const current = doc[head];
  const [pick, ...after] = rest;
  if (pick !== undefined && typeof pick !== 'string') {
    const items = Array.isArray(current) ? [...current] : [];
    const at = items.findIndex((item) => isObj(item) && String(item[pick.key]) === pick.value);
    const existing = at >= 0 ? items[at] : undefined;
    const replacement = after.length === 0 ? value : applyAtPath(isObj(existing) ? existing : {}, after, value);
    if (replacement === undefined) {
      if (at >= 0) items.splice(at, 1);
    } else if (at >= 0) {
      items[at] = replacement;
    } else {
      items.push(replacement);
    }
    next[head] = items;
    return next;
  }
  const replacement = rest.length === 0 ? value : applyAtPath(isObj(current) ? current : {}, rest, value);
  if (replacement === undefined) return Object.fromEntries(Object.entries(next).filter(([key]) => key !== head));
  next[head] = replacement;
  return next;
}
