import { defineConfig } from 'vitest/config';

// Unit and integration tests of every package; browser journeys run separately (e2e/).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared-schema', root: 'shared-schema', include: ['src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'sync-server', root: 'sync-server', include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'client', root: 'client', include: ['src/**/*.test.{ts,tsx}'], environment: 'node' } },
    ],
  },
});
