import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Two projects: `main` runs main-process code in plain Node (never importing `electron` for real);
 * `renderer` runs domain logic, repositories and components in jsdom with fake-indexeddb. Both
 * start every test on the same fixed clock (tests/support/fixedClock.ts).
 */
export default defineConfig({
  plugins: [react()],
  test: {
    // The JSON report feeds .ci/run's one-line summary.
    reporters: ['default', ['json', { outputFile: 'reports/unit-results.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/main/**/*.test.ts'],
          setupFiles: ['tests/support/fixedClock.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/fixedClock.ts', 'tests/unit/setup.ts'],
        },
      },
    ],
  },
});
