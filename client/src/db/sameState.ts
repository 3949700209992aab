/** Key-order-independent JSON, ignoring the storage engine's own fields (`_rev`, `_meta`, `_attachments`). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === '_rev' || key === '_meta' || key === '_attachments') return undefined;
    return v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v;
  });
}

export function sameReplicatedState(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
