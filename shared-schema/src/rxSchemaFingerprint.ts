/**
 * A stable text of an RxDB schema's shape (keys sorted, its own version left out), so that a
 * test can tell when a collection's generated schema changed without its version being bumped.
 */
export function schemaShape(schema: object): string {
  const sorted = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sorted);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.keys(node).sort().map((key) => [key, sorted((node as Record<string, unknown>)[key])]));
  };
  const { version: _version, ...shape } = schema as { version?: number };
  return JSON.stringify(sorted(shape));
}
