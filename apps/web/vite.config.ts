import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The server serves `dist/` and answers unknown non-API paths with index.html (client routes).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 900 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // NOTE: the browser tests in /e2e are Playwright specs; vitest must never collect them.
    exclude: ['**/node_modules/**', '**/dist/**', '../../e2e/**'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
  },
});
