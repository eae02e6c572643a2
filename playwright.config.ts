import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './scripts/chromium.mjs';

// Another port lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * Two projects:
 * - `e2e`: the renderer in Debian's Chromium, served by `vite preview` on 127.0.0.1. Never
 *   `npx playwright install`: the browser comes from the system (CHROMIUM_PATH), launched as the
 *   benchmark launches it (scripts/chromium.mjs).
 * - `electron`: the built app in real Electron (`_electron.launch`), no browser and no server. It
 *   skips, saying why, where the Electron runtime is absent.
 */
export default defineConfig({
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-results.json' }]],
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          executablePath: chromiumExecutablePath,
          args: [...chromiumArgs],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      // Launching Electron and printing the first PDF take longer than a page in Chromium.
      timeout: 120_000,
      fullyParallel: false,
    },
  ],
  // Playwright starts the web server for every run; only the e2e project uses it.
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
