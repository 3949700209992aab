import { COLLECTIONS, storableJson, type CollectionName, type CollectionSpec, type WireDocument } from '@anxun/shared-schema';
import type { z } from 'zod';
import type { StoredDocument } from '../store/Store';

export type DocumentData = Record<string, unknown> & { id: string; updatedAt: string };

/** Fields that belong to the client's storage engine (`_rev`, `_meta`, …) never reach the server's data. */
export function withoutEngineFields(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
}

/** `sanitised`: some text was cleaned, so what is stored differs from what the device holds and it must adopt the stored form. */
export type ParsedDocument = { ok: true; data: DocumentData; deleted: boolean; sanitised: boolean } | { ok: false; issues: z.core.$ZodIssue[] };

/**
 * Parses a wire document against its collection's schema, with every string made storable first
 * (NUL removed, lone surrogates → U+FFFD): PostgreSQL refuses them, and one such character must
 * not fail a whole batch the device would then retry forever.
 */
export function parseDocument(collection: CollectionName, wire: WireDocument): ParsedDocument {
  const spec: CollectionSpec = COLLECTIONS[collection];
  const fields = withoutEngineFields(wire);
  const clean = storableJson(fields);
  const result = spec.schema.safeParse(clean);
  if (!result.success) return { ok: false, issues: result.error.issues };
  return { ok: true, data: result.data as DocumentData, deleted: wire._deleted, sanitised: clean !== fields };
}

export function toWire(stored: StoredDocument): WireDocument {
  return { ...stored.data, _deleted: stored.deleted };
}

/** JSON with object keys sorted: two documents are the same when their canonical forms are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameDocument(a: { data: unknown; deleted: boolean }, b: { data: unknown; deleted: boolean }): boolean {
  return a.deleted === b.deleted && canonical(a.data) === canonical(b.data);
}
