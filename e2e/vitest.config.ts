import { defineConfig } from 'vitest/config';

// Browser journeys: real Chromium, real IndexedDB and service worker, a real server over HTTP.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['src/**/*.spec.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
