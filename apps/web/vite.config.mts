import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = fileURLToPath(new URL('.', import.meta.url));
// Every path the API answers outside the web app (see API_PREFIXES in apps/api/src/bootstrap.ts).
const API_PREFIXES = ['/graphql', '/health', '/imports', '/exports', '/calendar', '/verify', '/certificates'];
// …except these pages of the web app at a prefix itself: the API answers only below them (/certificates/<code>.pdf).
const WEB_PAGES_AT_API_PREFIX = ['/certificates'];
const isWebPage = (url: string | undefined) => WEB_PAGES_AT_API_PREFIX.some((p) => url === p || url?.startsWith(`${p}?`));

export default defineConfig({
  root: here,
  plugins: [
    react(),
    // Installable, offline-first shell: Workbox precaches the built app (HTML, JS, CSS, fonts,
    // icons) so it loads with the network off after one visit. API paths are never served from
    // the precache nor answered with the shell: they always go to the network.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script', // an external registerSW.js: the CSP allows no inline script
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'ร่วมสร้าง · Ruamsang',
        short_name: 'ร่วมสร้าง',
        description: 'ร่วมสร้าง — ออกแบบหลักสูตรพัฒนาศักยภาพร่วมกับผู้ปฏิบัติงานในพื้นที่',
        lang: 'th',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f6f50',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: API_PREFIXES.map((p) => new RegExp(WEB_PAGES_AT_API_PREFIX.includes(p) ? `^${p}/` : `^${p}(/|$)`)),
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    alias: {
      // the phone rules (libphonenumber's metadata) only where a page uses them, not in the first load
      '@ruamsang/shared/phone': fileURLToPath(new URL('../../libs/shared/src/phone.ts', import.meta.url)),
      '@ruamsang/shared': fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url)),
      '@ruamsang/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // The domain library also serves the API (holidays, solver, iCalendar, t-quantiles): these
      // packages have no import-time effects, so the web keeps only what it calls.
      treeshake: { moduleSideEffects: (id: string) => !/node_modules\/(date-holidays|highs|ical-generator|@stdlib)\//.test(id) },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(API_PREFIXES.map((p) => [p, { target: 'http://localhost:3000', bypass: (req: { url?: string }) => (isWebPage(req.url) ? '/index.html' : undefined) }])),
  },
});
