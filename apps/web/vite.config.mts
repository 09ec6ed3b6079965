import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: {
    alias: {
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
    // Every path the API answers outside the web app (see API_PREFIXES in apps/api/src/bootstrap.ts).
    proxy: Object.fromEntries(['/graphql', '/health', '/imports', '/exports', '/calendar', '/verify', '/certificates'].map((p) => [p, 'http://localhost:3000'])),
  },
});
