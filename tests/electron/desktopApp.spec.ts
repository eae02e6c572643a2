import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { JournalPage } from '../e2e/support/JournalPage';

/*
 * The real desktop app, end to end: the built main process (out/main/index.js, built by
 * `npm test` before Playwright) in real Electron. It creates an entry, exports a backup and
 * exports a packet PDF through the real main process, with only the native save dialog replaced.
 *
 * Where the Electron runtime is absent (the `electron` package downloads it on first launch, which
 * needs internet) or there is no display, the test is skipped and says why. It never touches the
 * user's own journal: the app gets a fresh, temporary user-data folder.
 */

const projectRoot = resolve(__dirname, '../..');
const mainBundle = join(projectRoot, 'out/main/index.js');

type Runtime = { executablePath: string } | { missing: string };

/**
 * Finds the Electron executable the way `electron/index.js` does, without requiring that file:
 * requiring it throws ("Electron failed to install correctly…") or tries to download when the
 * runtime is missing.
 */
function findElectronRuntime(): Runtime {
  const howToGet =
    'On a machine with internet, `npx electron --version` (or `node node_modules/electron/install.js`) downloads it; ' +
    'then run `npx playwright test --project=electron` again.';
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(__filename).resolve('electron/package.json'));
  } catch {
    return { missing: `The \`electron\` package is not installed (no node_modules/electron). Run \`npm install\`. ${howToGet}` };
  }
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && !override) {
    return { missing: `The Electron runtime is not downloaded: ${pathFile} does not exist (the \`electron\` package fetches its runtime on first use). ${howToGet}` };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executablePath = override ? join(override, relative) : join(packageDir, 'dist', relative);
  if (!existsSync(executablePath)) {
    return { missing: `The Electron runtime is incomplete: its executable ${executablePath} does not exist. ${howToGet}` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { missing: 'Electron is installed, but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it under a display server, e.g. `xvfb-run npx playwright test --project=electron`.' };
  }
  return { executablePath };
}

/** Makes the main process's save dialog "choose" `filePath`, as the user would. */
async function answerSaveDialogWith(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: chosen });
  }, filePath);
}

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).error === undefined;
}

test('the desktop app creates an entry, exports a backup and exports a packet PDF', async () => {
  const runtime = findElectronRuntime();
  if ('missing' in runtime) {
    console.log(`[electron] skipped: ${runtime.missing}`);
    test.skip(true, runtime.missing);
    return;
  }
  expect(existsSync(mainBundle), `${mainBundle} is missing: run \`npx electron-vite build\` first`).toBe(true);

  const sandbox = mkdtempSync(join(tmpdir(), 'scope-journal-electron-'));
  const userDataDir = join(sandbox, 'user-data');
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // Security warnings stay on; the app runs its built page, never a dev server; Electron runs as itself.
  delete env.ELECTRON_DISABLE_SECURITY_WARNINGS;
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  // Belt and braces on Linux: even the default userData location would be inside the sandbox.
  env.XDG_CONFIG_HOME = join(sandbox, 'config');

  // The project folder: Electron reads package.json (name, `main` = out/main/index.js) as `npm start` does.
  const app = await electron.launch({
    executablePath: runtime.executablePath,
    args: [projectRoot, `--user-data-dir=${userDataDir}`],
    cwd: projectRoot,
    env,
    timeout: 60_000,
  });
  try {
    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(resolve(userData).startsWith(sandbox + sep), `userData (${userData}) must be inside the temporary folder`).toBe(true);

    const page = await app.firstWindow();
    const journal = new JournalPage(page);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await journal.expectCount(0);
    const title = 'Shipped the offline sync from the real desktop app';
    await journal.createEntry({ title, impact: 'Journal written in real Electron.' });
    await journal.expectCount(1);

    // Backup: Data → Export backup, the save dialog answering with a file in the test's output.
    const backupPath = test.info().outputPath('backup.json');
    await answerSaveDialogWith(app, backupPath);
    await page.getByRole('link', { name: 'Data' }).click();
    await page.getByRole('button', { name: 'Export backup' }).click();
    await expect(page.getByText(`Saved the backup to ${backupPath}`)).toBeVisible();
    const backupText = readFileSync(backupPath, 'utf8');
    expect(JSON.parse(backupText)).toMatchObject({ format: 'scope-journal-backup', counts: { entries: 1 }, checksum: { algorithm: 'SHA-256' } });
    expect(backupText).toContain(title);

    // Packet: New packet → Export PDF, printed by Electron's printToPDF in the hidden print window.
    const pdfPath = test.info().outputPath('packet.pdf');
    const packetTitle = 'Case for Staff Engineer from Electron';
    await answerSaveDialogWith(app, pdfPath);
    await page.getByRole('link', { name: 'Packet' }).click();
    await page.getByRole('button', { name: 'New packet' }).click();
    await page.getByLabel('Title', { exact: true }).fill(packetTitle);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toContainText(pdfPath, { timeout: 30_000 });
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (hasPdftotext()) {
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      expect(text).toContain(packetTitle);
    } else {
      test.info().annotations.push({ type: 'note', description: 'pdftotext (poppler-utils) is absent: the PDF text was not checked.' });
    }
  } finally {
    await app.close();
    rmSync(sandbox, { recursive: true, force: true });
  }
});
