import { defineConfig } from 'vitest/config';

/**
 * The unit layer alone, for mutation testing (`npm run mutation`): StrykerJS changes one rule
 * at a time in src/shared and the permission model, and a fast unit test must notice.
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
