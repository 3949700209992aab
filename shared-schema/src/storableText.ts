/**
 * Text PostgreSQL cannot store: it refuses U+0000 in text and jsonb, and a lone UTF-16
 * surrogate has no UTF-8 form. Such text from a device must never turn into a 5xx (a push
 * answered 500 is retried forever): documents are cleaned, every other input is refused.
 */

// With the u flag a surrogate pair is one code point, so the class matches lone surrogates only.
const LONE_SURROGATE_TEST = /[\uD800-\uDFFF]/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE_TEST.test(text);
}

/** NUL removed, lone surrogates replaced by U+FFFD (what String.prototype.toWellFormed does). */
export function storableText(text: string): string {
  return isStorableText(text) ? text : text.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}

/** A copy of a JSON value with every string (keys included) made storable; the same object when nothing changed. */
export function storableJson<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) {
    const items = value.map(cleanValue);
    return items.some((item, n) => item !== value[n]) ? items : value;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const cleanKey = storableText(key);
      const cleanItem = cleanValue(item);
      if (cleanKey !== key || cleanItem !== item) changed = true;
      return [cleanKey, cleanItem] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}

/** The path of the first string (or key) PostgreSQL cannot store, or undefined when all are storable. */
export function unstorableTextPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path || '(root)';
  if (Array.isArray(value)) {
    for (const [n, item] of value.entries()) {
      const found = unstorableTextPath(item, `${path}[${n}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) return here;
      const found = unstorableTextPath(item, here);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
