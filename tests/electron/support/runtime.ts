import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import { isRequired, requireElectronVariable } from './requirements';

/** The Electron executable, or why there is none to launch. */
export type Runtime = { executablePath: string } | { missing: string };

const howToGet =
  'On a machine with internet, `node node_modules/electron/install.js` (or `npx electron --version`) downloads it; ' +
  'then run `npx playwright test --project=electron` again.';

/**
 * Finds the Electron executable the way `electron/index.js` does, without requiring that file:
 * requiring it throws ("Electron failed to install correctly…") or tries to download when the
 * runtime is missing. On Linux a display is needed too (xvfb-run on a machine without one).
 */
export function findElectronRuntime(): Runtime {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(__filename).resolve('electron/package.json'));
  } catch {
    return { missing: `The \`electron\` package is not installed (no node_modules/electron). Run \`npm ci\`. ${howToGet}` };
  }
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) {
    return {
      missing: `The Electron runtime is not downloaded: ${pathFile} does not exist (the \`electron\` package fetches its runtime on first use). ${howToGet}`,
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executablePath = override ? join(override, relative) : join(packageDir, 'dist', relative);
  if (!existsSync(executablePath)) {
    return { missing: `The Electron runtime is incomplete: its executable ${executablePath} does not exist. ${howToGet}` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return {
      missing:
        'Electron is installed, but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). ' +
        'Run it under a display server, e.g. `xvfb-run --auto-servernum npx playwright test --project=electron`.',
    };
  }
  return { executablePath };
}

/**
 * Skips the running test, saying why — or fails it with the same reason when `requiredBy` is set
 * (see requirements.ts), because there a skip would hide a broken app.
 */
export function skipOrFail(testInfo: TestInfo, reason: string, requiredBy: string = requireElectronVariable): never {
  if (isRequired(requiredBy)) {
    throw new Error(`${reason}\n${requiredBy} is set, so this is a failure, not a skip.`);
  }
  console.log(`[electron] skipped "${testInfo.title}": ${reason}`);
  testInfo.skip(true, reason);
  // `skip` throws to end the test; this only tells the type checker so.
  throw new Error(reason);
}
