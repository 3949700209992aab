import { z } from 'zod';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from './collections';

/** The subset of an RxDB JSON schema this project produces; typed loosely so no RxDB import is needed here. */
export interface RxJsonSchemaLike {
  title: string;
  version: number;
  primaryKey: 'id';
  type: 'object';
  properties: Record<string, unknown>;
  required: string[];
  indexes?: string[];
  additionalProperties?: boolean;
}

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // `format` needs ajv-formats and duplicates the pattern zod already emits.
    if (key === '$schema' || key === 'format') continue;
    out[key] = strip(value);
  }
  return out;
}

/** RxDB JSON schema generated from the collection's zod schema: one source, never written twice. */
export function toRxJsonSchema(name: CollectionName): RxJsonSchemaLike {
  const spec: CollectionSpec = COLLECTIONS[name];
  const json = strip(z.toJSONSchema(spec.schema, { io: 'output', unrepresentable: 'any' })) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return {
    title: name,
    version: spec.version,
    primaryKey: 'id',
    type: 'object',
    properties: json.properties ?? {},
    required: json.required ?? ['id'],
    ...(spec.indexes.length > 0 ? { indexes: [...spec.indexes] } : {}),
  };
}
