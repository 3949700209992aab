import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The client is built from client/ into dist/client, which the sync server serves on one origin.
export default defineConfig({
  root: 'client',
  // One React for the app and the UI kit (antd-mobile's animation library asks for React 18).
  resolve: { dedupe: ['react', 'react-dom'] },
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  plugins: [
    react(),
    VitePWA({
      // The user decides when a new version takes over: unsynced work is never interrupted.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '安巡 安全生产网格巡查',
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
        globPatterns: ['**/*.{js,css,html,png,svg,ico,woff2}'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: '/index.html',
        // API calls are never cached: data lives in IndexedDB and moves only through replication.
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
