import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the in-browser sync benchmark page (test/bench/browser/sync) to build/bench-sync,
 * which the in-process server serves next to its API: one origin, as in the app.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./browser/sync', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../build/bench-sync', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
