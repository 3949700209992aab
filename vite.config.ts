import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './client/build/precompress';

// The client is built from client/ into dist/client, which the sync server serves on one origin.
export default defineConfig({
  root: 'client',
  // One React for the app and every library that renders with it.
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The ECharts chunk (about 570 kB) is loaded on demand by one page and kept out of the precache.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks keep each under the size warning
        // and let an app-only update download (and precache) little.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'rxjs', test: /node_modules[\\/]rxjs[\\/]/, priority: 25 },
            // Schema validation (ajv) runs in development and tests only: it is left out of every group
            // so that it stays in its own dynamically imported chunk, never loaded in production.
            // rxdb's own copy of ajv (rxdb/node_modules/ajv) is excluded too, or it lands in this chunk.
            { name: 'database', test: /node_modules[\\/](rxdb[\\/](?!dist[\\/]esm[\\/]plugins[\\/]validate-ajv|node_modules[\\/])|dexie[\\/])/, priority: 20 },
            // ECharts (and its renderer zrender) is imported only by the supervisors' KPI page, on demand.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 15 },
            // zod is needed by the login page already (every API answer is parsed).
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 12 },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  plugins: [
    react(),
    VitePWA({
      // The user decides when a new version takes over: unsynced work is never interrupted.
      registerType: 'prompt',
      // Registered from client/src/pwa (virtual:pwa-register, workbox-window underneath), which
      // also shows the update banner; no script is injected into index.html.
      injectRegister: false,
      manifest: {
        name: '安巡',
        short_name: '安巡',
        description: '离线优先的安全生产网格化巡查、隐患整改闭环与监管',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4ed8',
        background_color: '#f5f7fb',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app shell is precached so that a reload with no signal still opens the app.
        globPatterns: ['**/*.{js,css,html,png,svg,ico,woff,woff2,webmanifest}'],
        // Excluded: ECharts (570 kB, a third more precache) serves only the supervisors' KPI charts,
        // whose data comes from the server anyway. Loaded from the network when that page opens;
        // the service worker lets requests it does not precache through.
        globIgnores: ['**/echarts-*.js', '**/echartsSetup-*.js'],
        // Raised from 2 MiB so no shell chunk is ever silently left out of the precache.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        // Any URL the app routes itself (hash routes, deep links) opens the precached page offline.
        navigateFallback: '/index.html',
        // Excluded: /api/* is never answered from a cache. Data lives in IndexedDB and moves only
        // through replication; a cached API answer would show stale or another user's data.
        // Excluded too: the 举报 gate poster is a page the server draws (no app shell behind it).
        navigateFallbackDenylist: [/^\/api\//, /^\/report-poster/],
        // Excluded: no runtime caching at all. Everything the app needs is precached; photos and
        // data are stored by the app itself, not by the service worker.
        runtimeCaching: [],
        // Delete the precaches of older versions once the new one is active.
        cleanupOutdatedCaches: true,
        // On the very first install the open page is taken over at once, so a device that signs in
        // and then loses signal already reloads from the cache. Updates still wait for the user:
        // skipWaiting stays false with registerType 'prompt'.
        clientsClaim: true,
      },
    }),
    // Last: compresses what the build and the PWA plugin wrote.
    precompress(fileURLToPath(new URL('./dist/client', import.meta.url))),
  ],
});
