// @ts-check
/**
 * `npm run bench:chart-floor`: the floor of the "Insights first render with data" row on this
 * machine. Builds bench/chart-floor/ (the app's own `ScopeOverTimeGraph`, Recharts, with 14 quarters
 * of counts, alone on a page: no database, no app shell) with the renderer's React plugin and
 * minification, serves it with `vite preview`, and times reloads in the benchmark's Chromium the
 * way the benchmark times Insights: navigation start → the frame after the first
 * `.recharts-bar-rectangle` is in the document. Two warm-up reloads, then BENCH_FLOOR_RUNS (15);
 * prints the median and range, with DOMContentLoaded beside it.
 *
 * What no journal data, query or screen code can go below: if this floor is above a target, the
 * target cannot be met with this chart library on this machine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium.mjs';
import { fmt, median } from './stats.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const runs = Number(process.env.BENCH_FLOOR_RUNS ?? 15);
const port = Number(process.env.BENCH_FLOOR_PORT ?? 4196);

/** In the page, before its scripts: resolves `window.__floor` one frame after the first bar. */
function watchFirstBar() {
  /** @type {any} */ (window).__floor = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.recharts-bar-rectangle')) return;
      observer.disconnect();
      const tDom = performance.now();
      requestAnimationFrame(() => {
        const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
        resolve({ tDom, tFrame: performance.now(), domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN });
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function main() {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'scope-journal-chart-floor-'));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'scope-journal-chart-floor-profile-'));
  const root = path.join(benchDir, 'chart-floor');
  const config = {
    configFile: /** @type {false} */ (false),
    root,
    base: './',
    logLevel: /** @type {'warn'} */ ('warn'),
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true },
    preview: { host: '127.0.0.1', port, strictPort: true },
  };
  await build(config);
  const server = await preview(config);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumExecutablePath,
    headless: true,
    args: [...chromiumArgs],
    viewport: { width: 1400, height: 900 },
  });
  try {
    await context.addInitScript(watchFirstBar);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    /** @type {{ tDom: number, tFrame: number, domContentLoaded: number }[]} */
    const samples = [];
    for (let run = -2; run < runs; run += 1) {
      await page.reload({ waitUntil: 'commit' });
      const sample = await page.evaluate(() => /** @type {any} */ (window).__floor);
      await page.waitForTimeout(250);
      if (run >= 0) samples.push(sample);
    }
    const frames = samples.map((s) => s.tFrame);
    const loaded = samples.map((s) => s.domContentLoaded);
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(`Chart floor: the app's scope chart alone on a page, ${runs} reloads after 2 warm-ups (load average ${load})`);
    console.log(
      `  navigation → frame after the first bar: median ${fmt(median(frames))} ms, range ${fmt(Math.min(...frames))}–${fmt(Math.max(...frames))} ms`,
    );
    console.log(`  navigation → DOMContentLoaded: median ${fmt(median(loaded))} ms`);
  } finally {
    await context.close().catch(() => {});
    await new Promise((resolve) => server.httpServer.close(resolve));
    await rm(outDir, { recursive: true, force: true });
    await rm(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`chart floor failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
