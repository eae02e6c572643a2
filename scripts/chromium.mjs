// @ts-check
/**
 * How the end-to-end tests (playwright.config.ts) and the benchmark (bench/run.mjs) launch
 * Chromium: the system's browser, never one `npx playwright install` downloads, with one set of
 * flags, so the two run the page in the same browser the same way. Plain JavaScript, because the
 * benchmark runs in Node 20 without a TypeScript loader; its types are in chromium.d.mts.
 */

/** The Chromium executable: CHROMIUM_PATH, else Debian's package. */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium in a container or on CI: no sandbox (no user namespaces there), no GPU, shared
 * memory in /tmp (Docker's /dev/shm is small), and none of the browser's own network traffic
 * (updates, sync, first-run pages) during a test or a measurement.
 */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
