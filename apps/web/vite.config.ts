import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The server serves `dist/` and answers unknown non-API paths with index.html (client routes).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 900 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    // NOTE: the browser tests in /e2e are Playwright specs; vitest must never collect them.
    exclude: ['**/node_modules/**', '**/dist/**', '../../e2e/**'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // NOTE: a limit against hangs, not a speed check: on a loaded 2-core machine a form test took over vitest's
    // default 5 s and failed although nothing was wrong.
    testTimeout: 30_000,
    // Starting jsdom costs about a second per file: only the component tests (.tsx) render, so only they get it.
    // A .ts test that needs the DOM says so in its first line: `// @vitest-environment jsdom`.
    projects: [
      { extends: true, test: { name: 'logic', environment: 'node', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'components', environment: 'jsdom', include: ['src/**/*.test.tsx'] } },
    ],
  },
});
