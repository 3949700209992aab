import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from './collections';
import { toRxJsonSchema } from './rxSchema';

describe('toRxJsonSchema', () => {
  it.each(COLLECTION_NAMES)('makes an RxDB schema for %s with a bounded primary key and required indexes', (name) => {
    const schema = toRxJsonSchema(name);
    expect(schema.primaryKey).toBe('id');
    expect(schema.properties['id']).toMatchObject({ type: 'string', maxLength: 64 });
    for (const index of schema.indexes ?? []) {
      expect(schema.required).toContain(index);
      expect(schema.properties[index]).toMatchObject({ type: 'string', maxLength: expect.any(Number) });
    }
    expect(JSON.stringify(schema)).not.toContain('$schema');
  });

  it('keeps RxDB within the open-source limit of 13 collections', () => {
    expect(COLLECTION_NAMES.length).toBeLessThanOrEqual(13);
  });
});
