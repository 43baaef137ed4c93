import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the in-browser benchmark page (test/bench/browser) to build/bench. */
export default defineConfig({
  root: fileURLToPath(new URL('./browser', import.meta.url)),
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../build/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
