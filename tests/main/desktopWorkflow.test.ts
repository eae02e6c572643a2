import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { requireElectronVariable, requireSecretStoreVariable } from '../electron/support/requirements';

/*
 * The desktop CI workflow (.github/workflows/desktop.yml) cannot run here, so this reads it: the
 * triggers, one job per operating system, and in each job the steps in the order that makes the
 * run mean something — install, build, the real-Electron tests (where a skip fails), package,
 * keep the installers and the report. Removing or reordering a step fails a test.
 */

const workflowPath = resolve(import.meta.dirname, '../../.github/workflows/desktop.yml');

const stepSchema = z.object({
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  if: z.string().optional(),
  with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  env: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
type Step = z.infer<typeof stepSchema>;

const workflowSchema = z.object({
  on: z.record(z.string(), z.unknown()),
  jobs: z.record(z.string(), z.object({ 'runs-on': z.string(), steps: z.array(stepSchema) })),
});

const workflow = workflowSchema.parse(parse(readFileSync(workflowPath, 'utf8')));

/** The operating systems, their job, runner and electron-builder flag, and the installers. */
const platforms = [
  { job: 'linux', runner: 'ubuntu-latest', builderFlag: '--linux', installers: ['dist/*.AppImage', 'dist/*.deb'] },
  { job: 'macos', runner: 'macos-latest', builderFlag: '--mac', installers: ['dist/*.dmg'] },
  { job: 'windows', runner: 'windows-latest', builderFlag: '--win', installers: ['dist/*.exe'] },
] as const;
const builderFlags = platforms.map((platform) => platform.builderFlag);

const uses = (action: string) => (step: Step) => step.uses?.split('@')[0] === action;
const runs = (pattern: RegExp) => (step: Step) => step.run !== undefined && pattern.test(step.run);

/** The index of the only step of `steps` that `matches`; fails, naming `what`, unless exactly one does. */
function stepIndex(steps: readonly Step[], what: string, matches: (step: Step) => boolean): number {
  const indices = steps.flatMap((step, index) => (matches(step) ? [index] : []));
  expect(indices, `exactly one "${what}" step`).toHaveLength(1);
  return indices[0] ?? -1;
}

/** `with.path` as a list of paths, one a line. */
function paths(step: Step | undefined): string[] {
  const value = step?.with?.path;
  return typeof value === 'string'
    ? value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
    : [];
}

/** Where each step the workflow must have is in `steps` (see `stepIndex`). */
function locateSteps(steps: readonly Step[]) {
  const isUpload = uses('actions/upload-artifact');
  return {
    checkout: stepIndex(steps, 'checkout', uses('actions/checkout')),
    setupNode: stepIndex(steps, 'setup-node', uses('actions/setup-node')),
    npmCi: stepIndex(steps, 'npm ci', runs(/^npm ci$/m)),
    electronRuntime: stepIndex(steps, 'Electron runtime download', runs(/^node node_modules\/electron\/install\.js$/m)),
    build: stepIndex(steps, 'build', runs(/^npx electron-vite build$/m)),
    electronTests: stepIndex(steps, 'real-Electron tests', runs(/npx playwright test --project=electron\b/)),
    packaging: stepIndex(steps, 'electron-builder', runs(/npx electron-builder\b/)),
    uploadInstallers: stepIndex(
      steps,
      'installer upload',
      (step) => isUpload(step) && paths(step).some((path) => path.startsWith('dist/')),
    ),
    uploadReport: stepIndex(steps, 'report upload', (step) => isUpload(step) && paths(step).includes('test-results/')),
  };
}

describe('the desktop workflow', () => {
  it('runs on pushes to main, on pull requests and by hand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
  });

  it('has one job on each of Linux, macOS and Windows', () => {
    expect(Object.fromEntries(Object.entries(workflow.jobs).map(([id, job]) => [id, job['runs-on']]))).toEqual(
      Object.fromEntries(platforms.map((platform) => [platform.job, platform.runner])),
    );
  });

  describe.each(platforms)('the $job job', ({ job: jobId, runner, builderFlag, installers }) => {
    const steps = workflow.jobs[jobId]?.steps ?? [];
    const isLinux = runner.startsWith('ubuntu');
    const step = (index: number): Step => steps[index] ?? {};

    it('checks out, sets up Node 22, installs, downloads Electron, builds, tests, packages and uploads, in that order', () => {
      const order = locateSteps(steps);
      const names = Object.keys(order);
      const indices = Object.values(order);
      for (let index = 1; index < indices.length; index += 1) {
        expect(indices[index], `${names[index]} comes after ${names[index - 1]}`).toBeGreaterThan(indices[index - 1] ?? Infinity);
      }
    });

    it('uses Node 22 with npm’s cache, and the v4 upload action', () => {
      const { setupNode, uploadInstallers, uploadReport } = locateSteps(steps);
      expect(step(setupNode).with).toMatchObject({ cache: 'npm' });
      expect(String(step(setupNode).with?.['node-version'])).toBe('22');
      expect(step(uploadInstallers).uses).toBe('actions/upload-artifact@v4');
      expect(step(uploadReport).uses).toBe('actions/upload-artifact@v4');
    });

    it('runs the real-Electron tests so that a skip fails, under xvfb-run on Linux only', () => {
      const { electronTests } = locateSteps(steps);
      const tests = step(electronTests);
      expect(tests.env?.[requireElectronVariable]).toBe('1');
      const command = tests.run ?? '';
      if (isLinux) {
        expect(command).toMatch(/xvfb-run --auto-servernum npx playwright test --project=electron/);
        // The encrypted-backup test needs a secret store: an unlocked keyring on a session bus.
        expect(command).toMatch(/^dbus-run-session -- /);
        expect(command).toMatch(/gnome-keyring-daemon --unlock --components=secrets/);
        expect(tests.env?.[requireSecretStoreVariable]).toBe('1');
      } else {
        expect(command).not.toMatch(/xvfb-run/);
        expect(command.trim()).toBe('npx playwright test --project=electron');
      }
    });

    if (isLinux) {
      it('installs Xvfb and GNOME Keyring before npm ci', () => {
        const { npmCi } = locateSteps(steps);
        const apt = stepIndex(steps, 'apt-get install', runs(/sudo apt-get install -y /));
        expect(step(apt).run).toMatch(/\bxvfb\b/);
        expect(step(apt).run).toMatch(/\bgnome-keyring\b/);
        expect(apt).toBeLessThan(npmCi);
      });
    }

    it(`packages for its own platform only (${builderFlag}), publishing nothing`, () => {
      const { packaging } = locateSteps(steps);
      const command = step(packaging).run ?? '';
      expect(command.trim()).toBe(`npx electron-builder ${builderFlag} --publish never`);
      for (const other of builderFlags.filter((flag) => flag !== builderFlag)) {
        expect(command).not.toContain(other);
      }
      if (runner.startsWith('macos')) {
        expect(String(step(packaging).env?.CSC_IDENTITY_AUTO_DISCOVERY)).toBe('false');
      }
    });

    it('uploads its installers, and the test report even when a step failed', () => {
      const { uploadInstallers, uploadReport } = locateSteps(steps);
      expect(paths(step(uploadInstallers))).toEqual(installers);
      expect(step(uploadInstallers).with?.['if-no-files-found']).toBe('error');
      expect(step(uploadReport).if).toBe('always()');
      expect(paths(step(uploadReport))).toEqual(['reports/', 'test-results/']);
    });
  });
});
