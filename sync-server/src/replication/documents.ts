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

/**
 * JSON with object keys sorted: two documents are the same when their canonical forms are. The
 * text is exactly `JSON.stringify` of the value with every object rebuilt with its keys sorted
 * (push digests stored in the history were made that way), written directly: it runs several
 * times per pushed row.
 */
export function canonical(value: unknown): string {
  return canonicalText(value) as string;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;
const isArrayIndex = (key: string) => ARRAY_INDEX.test(key) && Number(key) < 4294967295;

/** Key order of an object rebuilt from sorted entries: array-index keys first, in numeric order, then the rest sorted. */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object).sort();
  if (!keys.some(isArrayIndex)) return keys;
  return [...keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isArrayIndex(k))];
}

function canonicalText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === 'function') return canonicalText(withJson.toJSON());
      if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalText(item) ?? 'null').join(',')}]`;
      const record = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of sortedKeys(record)) {
        const text = canonicalText(record[key]);
        if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
      }
      return `{${parts.join(',')}}`;
    }
    case 'bigint':
      // As JSON.stringify does.
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
}

export function sameDocument(a: { data: unknown; deleted: boolean }, b: { data: unknown; deleted: boolean }): boolean {
  return a.deleted === b.deleted && canonical(a.data) === canonical(b.data);
}
