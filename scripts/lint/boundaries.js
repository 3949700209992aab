// Lint rules for boundaries that no-restricted-imports cannot express, because they depend on
// where the importing file is: a feature may not reach into another feature, and a route may not
// reach into a SQL module. Both resolve relative import paths against the importing file.
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = dirname(dirname(dirname(new URL(import.meta.url).pathname)));
const FEATURES = resolve(ROOT, 'client/src/features');
const ROUTES = resolve(ROOT, 'sync-server/src/routes');
const STORE = resolve(ROOT, 'sync-server/src/store');

/** The first path segment of `file` under `dir`, or undefined when `file` is not under it. */
function segmentUnder(dir, file) {
  const rel = relative(dir, file);
  if (rel === '' || rel.startsWith('..')) return undefined;
  return rel.split(sep)[0];
}

function importVisitor(context, check) {
  const from = context.filename;
  const visit = (node) => {
    const value = node.source?.value;
    if (typeof value !== 'string' || !value.startsWith('.')) return;
    const message = check(from, resolve(dirname(from), value));
    if (message) context.report({ node: node.source, message });
  };
  return { ImportDeclaration: visit, ExportAllDeclaration: visit, ExportNamedDeclaration: visit, ImportExpression: visit };
}

const featureIsolation = {
  meta: { type: 'problem', schema: [] },
  create: (context) =>
    importVisitor(context, (from, target) => {
      const own = segmentUnder(FEATURES, from);
      const other = segmentUnder(FEATURES, target);
      if (own === undefined || other === undefined || other === own) return undefined;
      return `features never import each other (${own} → ${other}): compose them in client/src/app, or move what both need to client/src/ui or shared-schema.`;
    }),
};

const routesWithoutSql = {
  meta: { type: 'problem', schema: [] },
  create: (context) =>
    importVisitor(context, (from, target) => {
      if (segmentUnder(ROUTES, from) === undefined || segmentUnder(STORE, target) === undefined) return undefined;
      if (!/Sql(\.ts)?$/.test(target)) return undefined;
      return 'routes stay thin: they call the Store or a service, never a store/*Sql module.';
    }),
};

export default { rules: { 'feature-isolation': featureIsolation, 'routes-without-sql': routesWithoutSql } };
