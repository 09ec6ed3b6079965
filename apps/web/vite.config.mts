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
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:3000', '/health': 'http://localhost:3000', '/imports': 'http://localhost:3000' },
  },
});
