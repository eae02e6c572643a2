import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { _electron as electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronRuntime, skipOrFail } from './runtime';

/*
 * One fixture, `desktop`, for every real-Electron test: it finds the runtime (skipping the test,
 * or failing it on CI, when there is none), gives the test a fresh temporary folder whose
 * `user-data` is the app's user-data folder, launches the built app there as often as the test
 * asks (a restart keeps the folder), and closes every app and removes the folder afterwards. The
 * app never sees the user's own journal.
 */

export const projectRoot = resolve(__dirname, '../../..');
const mainBundle = join(projectRoot, 'out/main/index.js');

/** A launched app and its first window (the main window). */
export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
}

export interface LaunchOptions {
  /** Extra command-line switches for Electron (after the app folder and the user-data folder). */
  extraArgs?: readonly string[];
}

/** How a process started by `runSecondInstance` ended. */
export interface InstanceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Its stdout and stderr, for the failure message. */
  output: string;
}

export interface DesktopSandbox {
  /** The temporary folder of this test. */
  readonly folder: string;
  /** The app's user-data folder (`--user-data-dir`), inside `folder`. */
  readonly userDataDir: string;
  /** Launches the built app in real Electron and waits for its main window. */
  launch(options?: LaunchOptions): Promise<LaunchedApp>;
  /** Quits `app` (as Playwright's `close` does, with `app.quit()`) and waits until it has exited. */
  close(app: ElectronApplication): Promise<void>;
  /**
   * Starts the executable again with the same arguments, as a user opening the app a second time,
   * and resolves once that process has exited (rejecting when it runs for `timeoutMs`).
   */
  runSecondInstance(options?: LaunchOptions & { timeoutMs?: number }): Promise<InstanceExit>;
}

/** The environment of the app: the test's own, minus what would change how Electron runs. */
function appEnvironment(folder: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // Security warnings stay on; the app runs its built page, never a dev server; Electron runs as itself.
  delete env.ELECTRON_DISABLE_SECURITY_WARNINGS;
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  // Belt and braces on Linux: even the default userData location would be inside the sandbox.
  env.XDG_CONFIG_HOME = join(folder, 'config');
  return env;
}

/** Resolves after `ms`, or never keeps the test process alive. */
function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms).unref());
}

async function closeApp(app: ElectronApplication): Promise<void> {
  const closed = app.close().then(
    () => true,
    () => true,
  );
  // A quit waits at most 15 s for an automatic backup (src-main/index.ts); past that, it hangs.
  if (!(await Promise.race([closed, delay(30_000).then(() => false)]))) {
    app.process().kill();
  }
}

function createSandbox(executablePath: string): DesktopSandbox & { dispose(): Promise<void> } {
  const folder = mkdtempSync(join(tmpdir(), 'scope-journal-electron-'));
  const userDataDir = join(folder, 'user-data');
  const env = appEnvironment(folder);
  const running = new Set<ElectronApplication>();
  // The project folder: Electron reads package.json (`main` = out/main/index.js) as `npm start` does.
  const appArgs = (options: LaunchOptions = {}) => [projectRoot, `--user-data-dir=${userDataDir}`, ...(options.extraArgs ?? [])];

  return {
    folder,
    userDataDir,

    async launch(options) {
      expect(existsSync(mainBundle), `${mainBundle} is missing: run \`npx electron-vite build\` first`).toBe(true);
      const app = await electron.launch({ executablePath, args: appArgs(options), cwd: projectRoot, env, timeout: 60_000 });
      running.add(app);
      app.once('close', () => running.delete(app));
      const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
      expect(resolve(userData).startsWith(folder + sep), `userData (${userData}) must be inside the temporary folder`).toBe(true);
      return { app, page: await app.firstWindow() };
    },

    async close(app) {
      await closeApp(app);
      running.delete(app);
    },

    runSecondInstance({ timeoutMs = 30_000, ...options } = {}) {
      // Playwright adds --no-sandbox on Linux, where the downloaded chrome-sandbox helper is not
      // setuid root; the second instance needs it as much as the first.
      const args = [...(process.platform === 'linux' ? ['--no-sandbox'] : []), ...appArgs(options)];
      const child = spawn(executablePath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      return new Promise<InstanceExit>((resolveExit, reject) => {
        const timer = setTimeout(() => {
          child.kill();
          reject(new Error(`The second instance was still running after ${timeoutMs} ms. Its output:\n${output}`));
        }, timeoutMs);
        child.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          resolveExit({ code, signal, output });
        });
      });
    },

    async dispose() {
      await Promise.all([...running].map(closeApp));
      // Windows may hold a file of an app that has just exited for a moment.
      rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

export const test = base.extend<{ desktop: DesktopSandbox }>({
  // Playwright requires the first argument to be an object pattern, even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  desktop: async ({}, use, testInfo) => {
    const runtime = findElectronRuntime();
    if ('missing' in runtime) skipOrFail(testInfo, runtime.missing);
    const sandbox = createSandbox(runtime.executablePath);
    try {
      await use(sandbox);
    } finally {
      await sandbox.dispose();
    }
  },
});

export { expect };
