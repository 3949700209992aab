// Lint rules that carry the architecture: their messages say why a boundary exists.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/lint/boundaries.js';

const noAppImports = (who) => ({
  group: ['**/client/**', '@anxun/client', '**/sync-server/**', '@anxun/sync-server'],
  message: `${who} must not import the client or the server: both depend on shared-schema, never on each other.`,
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'e2e/artifacts/**', 'client/dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['shared-schema/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [noAppImports('shared-schema'), { group: ['node:*', 'react', 'rxdb', 'rxdb/*', 'dexie', 'hono', 'hono/*'], message: 'shared-schema is pure TypeScript shared by browser and server: no Node, DOM, UI or database imports.' }],
      }],
    },
  },
  {
    files: ['sync-server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/client/**', '@anxun/client'], message: 'The server never imports the client; share code through shared-schema.' }] }] },
  },
  {
    files: ['sync-server/src/replication/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['hono', 'hono/*', 'pg', '@electric-sql/*'], message: 'replication/ is the pure sync logic: no HTTP (routes/) and no SQL (store/) here.' }] }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/sync-server/**', '@anxun/sync-server'], message: 'The client never imports the server; share code through shared-schema.' },
          { group: ['rxdb', 'rxdb/*', 'dexie'], message: 'Only client/src/db/ opens the local database; features use its repositories and hooks.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'Only client/src/sync/ talks to the network: a user action writes locally and never waits on it.' },
        { name: 'EventSource', message: 'Only client/src/sync/ talks to the network.' },
      ],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name='randomUUID']",
        message: 'crypto.randomUUID exists only in secure contexts (it throws on http://<lan-ip>/): use newId() from shared-schema.',
      }],
    },
  },
  {
    files: ['client/src/features/**/*.{ts,tsx}'],
    plugins: { anxun: boundaries },
    rules: { 'anxun/feature-isolation': 'error' },
  },
  {
    files: ['sync-server/src/routes/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { anxun: boundaries },
    rules: { 'anxun/routes-without-sql': 'error' },
  },
  {
    files: ['client/src/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/sync-server/**'], message: 'The client never imports the server.' }] }] },
  },
  {
    files: ['client/src/sync/**/*.{ts,tsx}', 'client/src/pwa/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['e2e/**/*.ts', '*.config.{js,ts}', 'scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off', 'no-restricted-globals': 'off' },
  },
);
