/*
 * The environment variables that turn a skip of the real-Electron tests into a failure. The CI
 * workflow (.github/workflows/desktop.yml) sets them, and tests/main/desktopWorkflow.test.ts
 * checks that it does: on a runner that has the runtime, a skipped test would hide a broken app.
 * No imports, so that the unit test can read these names without loading Playwright.
 */

/** Set (to anything but `0` or `false`): a missing Electron runtime or display fails every test. */
export const requireElectronVariable = 'SCOPE_JOURNAL_REQUIRE_ELECTRON';

/**
 * Set on Linux: a missing secret store (no unlocked keyring, so safeStorage falls back to
 * `basic_text`) fails the encrypted-backup test instead of skipping it. Outside Linux the OS
 * always has one, so there the test fails without it anyway.
 */
export const requireSecretStoreVariable = 'SCOPE_JOURNAL_REQUIRE_SECRET_STORE';

/** True when `variable` is set to something other than empty, `0` or `false`. */
export function isRequired(variable: string, environment: NodeJS.ProcessEnv = process.env): boolean {
  const value = environment[variable]?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
