// @ts-check
/** The built renderer served by `vite preview`, for Chromium to load. */
import { spawn } from 'node:child_process';
import { sleep } from './clock.mjs';
import { baseUrl, port, projectRoot } from './config.mjs';

/**
 * Starts `vite preview` on the built renderer and waits until it answers.
 * @returns {Promise<{ stop: () => Promise<void> }>}
 */
export async function startPreviewServer() {
  const child = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.mts', '--port', String(port), '--strictPort'], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  /** @type {number | null} */
  let exitCode = null;
  child.on('exit', (code) => (exitCode = code ?? -1));

  const stop = async () => {
    if (exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole group: npx and vite under it
    } catch {
      return;
    }
    for (let i = 0; i < 50 && exitCode === null; i += 1) await sleep(100);
    if (exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exitCode !== null) throw new Error(`vite preview exited with ${exitCode} before serving:\n${output}`);
    try {
      const response = await fetch(baseUrl);
      if (response.ok) return { stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`vite preview did not answer on ${baseUrl} within 30 s:\n${output}`);
}
