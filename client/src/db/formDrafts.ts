import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Half-filled forms, kept on the device as they are typed (issue 13, item 16): an app update
 * reloads the page, a tab is closed, a tablet runs out of battery — the form comes back as it
 * was. Kept in localStorage (synchronous, so the last keystroke is stored before any reload),
 * keyed per user and form so one officer never sees another's draft on a shared tablet.
 * A draft is removed when its form is saved or cancelled.
 */
const PREFIX = 'anxun.draft.';
const keyOf = (userId: string, form: string) => `${PREFIX}${userId}.${form}`;

/** One stored draft with when it was written; older than `MAX_AGE_DAYS` it is dropped. */
interface StoredDraft<T> {
  savedAt: string;
  value: T;
}
const MAX_AGE_DAYS = 30;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked (private mode policies): forms still work, without drafts
  }
}

export function loadDraft<T>(userId: string, form: string, isValue: (value: unknown) => value is T, now = new Date()): T | undefined {
  const text = storage()?.getItem(keyOf(userId, form));
  if (!text) return undefined;
  try {
    const stored = JSON.parse(text) as Partial<StoredDraft<unknown>>;
    const age = now.getTime() - Date.parse(String(stored.savedAt));
    if (!(age <= MAX_AGE_DAYS * 86_400_000) || !isValue(stored.value)) {
      clearDraft(userId, form);
      return undefined;
    }
    return stored.value;
  } catch {
    clearDraft(userId, form);
    return undefined;
  }
}

export function saveDraft<T>(userId: string, form: string, value: T, now = new Date()): void {
  try {
    storage()?.setItem(keyOf(userId, form), JSON.stringify({ savedAt: now.toISOString(), value } satisfies StoredDraft<T>));
  } catch {
    // Quota full: the form keeps working; only the draft is not kept.
  }
}

export function clearDraft(userId: string, form: string): void {
  storage()?.removeItem(keyOf(userId, form));
}

/** The forms of this user that hold a draft whose key starts with `prefix` (e.g. `action:hz-1:`). */
export function draftForms(userId: string, prefix: string): string[] {
  const store = storage();
  if (!store) return [];
  const start = keyOf(userId, prefix);
  return Array.from({ length: store.length }, (_, i) => store.key(i) ?? '').filter((k) => k.startsWith(start)).map((k) => k.slice(keyOf(userId, '').length));
}

/**
 * State that is also a draft: restored on mount, stored on every change, removed by `discard`.
 * Without a user (signed out) it is plain state.
 */
export function useFormDraft<T>(userId: string | undefined, form: string, initial: () => T, isValue: (value: unknown) => value is T): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => (userId ? loadDraft(userId, form, isValue) : undefined) ?? initial());
  const touched = useRef(false);
  useEffect(() => {
    if (userId && touched.current) saveDraft(userId, form, value);
  }, [userId, form, value]);
  const set = useCallback((next: T | ((previous: T) => T)) => {
    touched.current = true;
    setValue(next);
  }, []);
  const discard = useCallback(() => {
    touched.current = false;
    if (userId) clearDraft(userId, form);
  }, [userId, form]);
  return [value, set, discard];
}
