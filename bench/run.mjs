// @ts-check
/**
 * Scope Journal performance benchmark: `npm run bench`.
 *
 * Serves the built renderer (out/renderer) with `vite preview`, drives it in real Chromium through
 * playwright-core, seeds 10,000, 50,000 and then 100,000 generated entries through the app's own
 * database class (seed.mjs), and measures, beside a raw baseline for each figure:
 *   1. the first journal render after a reload, and when the journal is fully loaded and idle,
 *   2. search-as-you-type latency per keystroke (p50, p95),
 *   3. the latency of changing the kind and scope filters,
 *   4. saving an entry through its editor until the list shows the change (measure-save.mjs),
 *   5. the JS heap after a full load (measure-heap.mjs),
 *   6. the Insights screen's aggregation for every chart, run in the page over the same records
 *      (the pure functions bundled on their own by bench/aggregation.mjs),
 *   7. the first Insights render after a reload on `#/insights`, until the scope chart has bars,
 *   8. at the first size only: the PDF export of saved packets of 50 and 300 entries, beside
 *      Chromium printing the same content as static HTML (bench/pdf.mjs),
 *   9. the backup export of the journal, the restore of that backup and the import of a jrnl JSON
 *      export of as many entries, each into a fresh database, with the app's own code, beside a raw
 *      IndexedDB `add()` of the same entries (bench/dataflows.mjs, report in dataflow-report.mjs),
 *  10. after the last size with targets, the longest main-thread block of an import through the UI,
 *  11. once, before the sizes: the Inbox's git scan of a generated year of 50,000 commits beside
 *      `git log` alone, and its import of a busy year's calendar (bench/inbox.mjs),
 *  12. at 50,000 entries: the coach's suggestions for an entry, from a keystroke until they show
 *      (bench/suggestions.mjs). `BENCH_ONLY=suggestions` seeds 50,000 entries and measures that alone.
 *  13. at the first size with targets: "Export DOCX" of a saved packet of 300 entries, from the
 *      click to the file handed over (bench/docx.mjs). `BENCH_ONLY=docx` measures that alone.
 *  14. once, before the sizes: the backup export and restore with 1,000 attached images
 *      (bench/backup-archive.mjs; `BENCH_ONLY=archive`), and a second computer's first sync of a
 *      folder holding 10,000 entries, through the real main sync service (bench/sync.mjs;
 *      `BENCH_ONLY=sync`).
 * A report-only size (100,000 by default) has no targets and skips 6, 8, 9 and 10: it only shows
 * how the figures grow.
 * Prints a Markdown table (also written to bench/results/latest.md, with the raw samples in
 * latest.json) and exits 0 even when a target is missed: it is a report, not a gate. It exits 1
 * only when the benchmark itself could not run.
 *
 * Settings (environment variables) are in config.mjs; the measurements of one journal size in
 * measure-size.mjs, the report in report.mjs. Plain JavaScript with JSDoc types: Node 20 has no
 * TypeScript stripping.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium.mjs';
import { buildDataBundle, buildInsightsBundle, loadPdfExportSettings } from './aggregation.mjs';
import { log } from './clock.mjs';
import { archiveTargetRatio, measureBackupArchive } from './backup-archive.mjs';
import {
  archiveRuns,
  baseUrl,
  benchDir,
  dataRunsAt,
  dbName,
  docxEntries,
  docxRuns,
  importBlockEntries,
  inboxCommits,
  inboxRuns,
  lastDay,
  onlyArchive,
  onlyOneRow,
  onlySuggestions,
  onlySync,
  pdfPacketSizes,
  pdfRuns,
  scoredSizes,
  sizes,
  suggestionRuns,
  suggestionsSize,
  syncRuns,
} from './config.mjs';
import { measureDataFlows } from './dataflows.mjs';
import { docxTargetMs, measureDocxExport } from './docx.mjs';
import { measureImportBlock } from './import-block.mjs';
import { measureInbox } from './inbox.mjs';
import { measureSize } from './measure-size.mjs';
import { installPageInstrumentation } from './page-instrumentation.mjs';
import { measurePdfExport } from './pdf.mjs';
import { report } from './report.mjs';
import { seedJournal } from './seed.mjs';
import { startPreviewServer } from './server.mjs';
import { fmt, median, percentile } from './stats.mjs';
import { measureSuggestions } from './suggestions.mjs';
import { measureSync, syncReport } from './sync.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */
/** @typedef {import('./pdf-report.mjs').PdfOutcome} PdfOutcome */

async function main() {
  if (sizes.length === 0) throw new Error('BENCH_SIZES has no sizes');
  log('building the Insights functions for the page (bench/aggregation.mjs)');
  const insightsBundle = await buildInsightsBundle();
  /** @type {import('./aggregation.mjs').PdfExportSettings | null} */
  let pdfSettings = null;
  /** @type {string | null} */
  let pdfSettingsError = null;
  if (pdfPacketSizes.length) {
    try {
      pdfSettings = await loadPdfExportSettings();
    } catch (error) {
      pdfSettingsError = `the PDF export's settings (src-main/services/pdfExport/) could not be built: ${error instanceof Error ? error.message : String(error)}`;
      log(pdfSettingsError);
    }
  }
  // The seeding writes through the app's database class in this bundle: without it, no run.
  log("building the app's data layer for the page (bench/data-entry.mjs)");
  const dataBundle = await buildDataBundle();
  log(`sizes ${sizes.join(', ')}; journal up to ${lastDay}; starting vite preview on ${baseUrl}`);
  const server = await startPreviewServer();
  // The server runs in its own process group: stop it on Ctrl+C too, not only at the end.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      void server.stop().finally(() => process.exit(130));
    });
  }
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'scope-journal-bench-'));
  /** @type {import('playwright-core').BrowserContext | null} */
  let context = null;
  /** @type {import('./inbox.mjs').InboxResult | null} */
  let inbox = null;
  /** @type {import('./suggestions.mjs').SuggestionsResult | null} */
  let suggestions = null;
  /** @type {import('./docx.mjs').DocxResult | null} */
  let docx = null;
  /** @type {import('./backup-archive.mjs').ArchiveResult | null} */
  let archive = null;
  /** @type {import('./sync.mjs').SyncResult | null} */
  let sync = null;
  try {
    if (inboxRuns > 0 && !onlyOneRow) {
      log('the Inbox: git scan and calendar import');
      const browser = await chromium.launch({ executablePath: chromiumExecutablePath, headless: true, args: [...chromiumArgs] });
      try {
        inbox = await measureInbox({ browser, baseUrl, lastDay, runs: inboxRuns, commits: inboxCommits });
      } catch (error) {
        inbox = { scan: null, calendar: null, errors: [error instanceof Error ? error.message : String(error)] };
      } finally {
        await browser.close();
      }
    }
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumExecutablePath,
      headless: true,
      args: [...chromiumArgs],
      viewport: { width: 1400, height: 900 },
    });
    await context.addInitScript(installPageInstrumentation);
    let page = context.pages()[0] ?? (await context.newPage());
    /** @type {string[]} */
    const pageErrors = [];
    context.on('weberror', (webError) => pageErrors.push(webError.error().message));

    const cdp = await context.newCDPSession(page);
    const version = await cdp.send('Browser.getVersion');
    await cdp.detach();
    const env = {
      chromium: version.product,
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadBefore: os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
      loadAfter: '',
    };
    log(`${env.chromium}, ${env.cpus} × ${env.model}`);

    // First run: the app creates its database; the first-run screen offers the sample or empty.
    await page.goto(baseUrl);
    try {
      await page.getByRole('button', { name: 'Start empty' }).waitFor({ timeout: 20_000 });
    } catch {
      throw new Error(
        `the first-run screen ("Start empty") did not appear${pageErrors.length ? `; page errors: ${pageErrors.join(' | ')}` : ''}`,
      );
    }
    const hasDb = await page.evaluate(async (name) => (await indexedDB.databases()).some((d) => d.name === name), dbName);
    if (!hasDb) throw new Error(`the app did not create the "${dbName}" database on its first run`);

    /** @type {SizeResult[]} */
    const results = [];
    /** @type {PdfOutcome | null} */
    let pdf = null;
    let seeded = 0;
    /** The first size's data flows warm up; see measureDataFlows. */
    let hasDataWarmUp = false;
    const storageDir = path.join(userDataDir, 'Default', 'IndexedDB');
    if (archiveRuns > 0 && (!onlyOneRow || onlyArchive)) {
      log('backup export and restore with 1,000 attached images (200 MB)');
      archive = await measureBackupArchive({ page, bundle: dataBundle, runs: archiveRuns, lastDay, log });
      await page.goto(baseUrl);
    }
    if (syncRuns > 0 && (!onlyOneRow || onlySync)) {
      log('first sync of 10,000 entries from a sync folder, through the main sync service');
      sync = await measureSync({ context, bundle: dataBundle, runs: syncRuns, lastDay, storageDir, log });
    }
    for (const size of onlyArchive || onlySync ? [] : sizes) {
      log(`seeding ${seeded} → ${size} entries through the app's database class`);
      const seeding = await seedJournal({ page, bundle: dataBundle, from: seeded, to: size });
      log(`  seeded in ${(seeding.totalMs / 1000).toFixed(1)} s (transactions ${(seeding.writeMs / 1000).toFixed(1)} s)`);
      seeded = size;
      if (size === suggestionsSize && suggestionRuns > 0) {
        log(`suggestions for an entry at ${size.toLocaleString('en-US')} entries`);
        try {
          suggestions = await measureSuggestions({ page, baseUrl, size, runs: suggestionRuns });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          suggestions = { size, samples: [], baselineSamples: [], trainingMs: Number.NaN, errors: [message] };
        }
      }
      if (size === scoredSizes[0] && docxEntries > 0 && !onlySuggestions) {
        log(`Export DOCX of a packet of ${docxEntries} entries at ${size.toLocaleString('en-US')}`);
        try {
          docx = await measureDocxExport({ page, baseUrl, dbName, journalSize: size, lastDay, entries: docxEntries, runs: docxRuns });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          docx = { journalSize: size, entries: docxEntries, picked: 0, samples: [], bytes: 0, errors: [message] };
        }
      }
      if (onlyOneRow) continue;
      log(`measuring ${size.toLocaleString('en-US')} entries`);
      const measured = await measureSize(context, page, size, insightsBundle);
      measured.result.seeding = seeding;
      results.push(measured.result);
      page = measured.page;
      if (dataRunsAt(size) > 0) {
        log(`backup export, restore and import at ${size.toLocaleString('en-US')}`);
        try {
          measured.result.dataflows = await measureDataFlows({
            page,
            bundle: dataBundle,
            dbName,
            size,
            lastDay,
            runs: dataRunsAt(size),
            warmUp: !hasDataWarmUp,
            storageDir,
            log,
          });
          hasDataWarmUp = true;
        } catch (error) {
          measured.result.errors.push(`backup, restore and import: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (size === scoredSizes[0] && pdfPacketSizes.length) {
        log(`PDF export of packets of ${pdfPacketSizes.join(', ')} entries at ${size.toLocaleString('en-US')}`);
        pdf = { journalSize: size, result: null, error: pdfSettingsError };
        if (pdfSettings) {
          try {
            pdf.result = await measurePdfExport({
              context,
              page,
              baseUrl,
              dbName,
              journalSize: size,
              lastDay,
              packetSizes: pdfPacketSizes,
              runs: pdfRuns,
              settings: pdfSettings,
              log,
            });
          } catch (error) {
            pdf.error = error instanceof Error ? error.message : String(error);
          }
        }
      }
      // Once, after the last size with targets; its entries are deleted again afterwards.
      if (size === scoredSizes.at(-1) && importBlockEntries > 0) {
        log(`longest main-thread block while importing ${importBlockEntries.toLocaleString('en-US')} entries through the UI`);
        try {
          const entries = importBlockEntries;
          measured.result.importBlock = await measureImportBlock({ page, bundle: dataBundle, dbName, entries, lastDay, log });
        } catch (error) {
          measured.result.errors.push(`import through the UI: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    if (pageErrors.length) results.at(-1)?.errors.push(...pageErrors.map((e) => `page error: ${e}`));

    env.loadAfter = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const reported = report(results, env, pdf, inbox, suggestions);
    const failures = [...reported.failures];
    let markdown = reported.markdown;
    if (docx) {
      const figure = docx.samples.length ? median(docx.samples) : Number.NaN;
      if (!(figure <= docxTargetMs)) failures.push('Export DOCX, packet of 300 entries');
      markdown += `\n\n| | median | p95 | target |\n| --- | --- | --- | --- |\n| Export DOCX, packet of ${docx.entries} entries (journal of ${docx.journalSize.toLocaleString('en-US')}; ${Math.round(docx.bytes / 1024).toLocaleString('en-US')} KB) | ${fmt(figure)} ms | ${fmt(percentile(docx.samples, 95))} ms | ≤ ${docxTargetMs} ms ${figure <= docxTargetMs ? '✅' : '❌'} |${docx.errors.length ? `\n\nDOCX errors: ${docx.errors.join('; ')}` : ''}`;
    }
    if (archive) {
      const { table, missed } = archiveReport(archive);
      failures.push(...missed);
      markdown += `\n\n${table}`;
    }
    if (sync) {
      const { table, missed } = syncReport(sync);
      failures.push(...missed);
      markdown += `\n\n${table}`;
    }
    console.log(markdown);
    const resultsDir = path.join(benchDir, 'results');
    await mkdir(resultsDir, { recursive: true });
    await writeFile(path.join(resultsDir, 'latest.md'), `${markdown}\n`);
    await writeFile(
      path.join(resultsDir, 'latest.json'),
      `${JSON.stringify({ env, results, pdf, inbox, suggestions, docx, archive, sync }, null, 1)}\n`,
    );
    log(`wrote bench/results/latest.md; ${failures.length ? `${failures.length} target(s) missed` : 'all targets met'}`);
  } finally {
    await context?.close().catch(() => {});
    await server.stop();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/**
 * The two rows of the backup with attachments, beside their raw baselines, and the targets missed.
 * @param {import('./backup-archive.mjs').ArchiveResult} archive
 */
function archiveReport(archive) {
  /** @type {string[]} */
  const missed = [];
  const mb = (/** @type {number} */ value) => `${fmt(value)} MB`;
  const row = (/** @type {string} */ name, /** @type {import('./backup-archive.mjs').ArchiveFigures} */ figures) => {
    const app = median(figures.appMs);
    const raw = median(figures.rawMs);
    const appHeap = median(figures.appHeapMb);
    const rawHeap = median(figures.rawHeapMb);
    const timeOk = app <= raw * archiveTargetRatio;
    const heapOk = appHeap <= rawHeap * archiveTargetRatio;
    if (!timeOk) missed.push(`${name} (time)`);
    if (!heapOk) missed.push(`${name} (peak heap)`);
    const verdict = (/** @type {boolean} */ ok) => (ok ? '✅' : '❌');
    return `| ${name} | ${fmt(app)} ms | ${fmt(raw)} ms | ${(app / raw).toFixed(2)}× ${verdict(timeOk)} | ${mb(appHeap)} | ${mb(rawHeap)} | ${(appHeap / rawHeap).toFixed(2)}× ${verdict(heapOk)} |`;
  };
  const size = `${archive.files.toLocaleString('en-US')} images, ${Math.round(archive.bytes / 1e6)} MB archive`;
  const table = [
    `| Backup with attachments (${size}); target ≤ ${archiveTargetRatio}× | median | raw baseline | time ratio | peak JS heap | raw peak heap | heap ratio |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('Backup export with attachments', archive.exportRun),
    row('Restore backup with attachments', archive.restoreRun),
  ].join('\n');
  return { table: archive.errors.length ? `${table}\n\nBackup with attachments errors: ${archive.errors.join('; ')}` : table, missed };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
