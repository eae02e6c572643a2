// @ts-check
/** The report's rows, details and method for the backup export, restore and import (dataflows.mjs). */
import { importBlockEntries } from './config.mjs';
import { importBlockTargetMs } from './import-block.mjs';
import { fmt, median } from './stats.mjs';

/** @typedef {import('./dataflows.mjs').DataFlowResult} DataFlowResult */

/** The issue's target: a restore or an import takes at most this many times the raw `add()`. */
export const dataTargetRatio = 1.5;

/** @param {number[]} values */
const range = (values) => (values.length ? `${fmt(Math.min(...values))}–${fmt(Math.max(...values))} (range)` : '—');

/**
 * The report's rows for one journal size (columns of report.mjs's table), and the targets missed.
 * @param {DataFlowResult | null} result
 * @param {number} size
 * @param {string[]} errors  what went wrong at that size
 */
export function dataFlowRows(result, size, errors) {
  const n = size.toLocaleString('en-US');
  /** @type {import('./stats.mjs').ReportRow[]} */
  const rows = [];
  /** @type {string[]} */
  const failures = [];
  const why = () => [...(result?.errors ?? []), ...errors].join('; ') || 'not measured';
  const exported = result?.export ?? [];
  const megabytes = result?.exportRuns[0] ? `, ${(result.exportRuns[0].bytes / 1e6).toFixed(1)} MB` : '';
  if (!exported.length) failures.push(`backup export at ${n}: no samples (${why()})`);
  rows.push({
    cells: [
      `Backup export (journal → backup text${megabytes})`,
      n,
      exported.length ? fmt(median(exported)) : '—',
      range(exported),
      result?.rawExport.length ? `${fmt(median(result.rawExport))} (getAll every store + JSON.stringify)` : '—',
      '—',
      exported.length ? '—' : '**ERROR**',
    ],
    key: 'Backup export',
    ...(exported.length ? { figure: median(exported) } : {}),
  });
  /** @param {string} metric @param {number[]} values @param {number[]} baseline */
  const targetRow = (metric, values, baseline) => {
    if (!values.length || !baseline.length) {
      failures.push(`${metric} at ${n}: no samples (${why()})`);
      rows.push({ cells: [metric, n, '—', '—', '—', `≤ ${dataTargetRatio}× baseline`, '**ERROR**'] });
      return;
    }
    const med = median(values);
    const base = median(baseline);
    const ratio = med / base;
    const pass = ratio <= dataTargetRatio;
    if (!pass)
      failures.push(
        `${metric} at ${n}: median ${fmt(med)} ms = ${ratio.toFixed(2)}× the raw IndexedDB add (${fmt(base)} ms) > ${dataTargetRatio}×`,
      );
    rows.push({
      cells: [
        metric,
        n,
        fmt(med),
        range(values),
        `${fmt(base)} (raw IndexedDB add, one transaction)`,
        `≤ ${dataTargetRatio}× baseline = ${fmt(base * dataTargetRatio)}`,
        `${pass ? 'PASS' : '**FAIL**'} (${ratio.toFixed(2)}×)`,
      ],
      figure: med,
    });
  };
  targetRow('Restore backup into an empty journal (text → committed)', result?.restore ?? [], result?.restoreRaw ?? []);
  targetRow('Import jrnl JSON into an empty journal (file → committed)', result?.import ?? [], result?.importRaw ?? []);
  return { rows, failures };
}

/**
 * The row for the longest main-thread block during an import through the UI (import-block.mjs),
 * beside the same import all on the main thread; one run, so median and p95 are that run's.
 * @param {import('./import-block.mjs').ImportBlockResult | null | undefined} block
 */
export function importBlockRow(block) {
  const entries = importBlockEntries.toLocaleString('en-US');
  const metric = `Longest main-thread block during import (${entries} entries)`;
  if (!block) {
    return {
      row: [metric, entries, '—', '—', '—', `≤ ${importBlockTargetMs}`, '**ERROR**'],
      failures: [`${metric}: not measured (see the problems in the details)`],
    };
  }
  const pass = block.longestMs <= importBlockTargetMs;
  return {
    row: [
      metric,
      entries,
      fmt(block.longestMs),
      fmt(block.longestMs),
      `${fmt(block.baselineLongestMs)} (the same import all on the main thread)`,
      `≤ ${importBlockTargetMs}`,
      pass ? 'PASS' : '**FAIL**',
    ],
    failures: pass ? [] : [`${metric}: ${fmt(block.longestMs)} ms > ${importBlockTargetMs} ms`],
  };
}

/** The details of the import watched for long tasks. @param {import('./import-block.mjs').ImportBlockResult} block */
export function importBlockDetails(block) {
  const frames = block.longestFrameBlockingMs === null ? 'not reported' : `${fmt(block.longestFrameBlockingMs)} ms`;
  return [
    `Import through the UI, ${block.entries.toLocaleString('en-US')} entries (${(block.fileBytes / 1e6).toFixed(1)} MB of jrnl JSON), one run: longest long task ${fmt(block.longestMs)} ms (reading to the preview ${fmt(block.longestReadMs)} ms, writing ${fmt(block.longestWriteMs)} ms), ${block.longTasks} long tasks in all, longest long-animation-frame blocking ${frames}; file chosen → "Imported …" ${fmt(block.totalMs)} ms. The same import on the main thread: longest long task ${fmt(block.baselineLongestMs)} ms, ${fmt(block.baselineTotalMs)} ms in all.`,
    '',
  ];
}

/**
 * The median of one field over runs, formatted.
 * @template T
 * @param {T[]} runs @param {(run: T) => number} pick
 */
const part = (runs, pick) => fmt(median(runs.map(pick)));

/**
 * Where a write transaction's time went: before the first write, placing the writes, committing.
 * @param {{ beforeWritesMs: number, writesMs: number, commitMs: number, writes: number }[]} runs
 */
const writeParts = (runs) =>
  `${part(runs, (x) => x.beforeWritesMs)} before the first write + ${part(runs, (x) => x.writesMs)} placing ${runs[0]?.writes.toLocaleString('en-US')} writes + ${part(runs, (x) => x.commitMs)} until committed`;

/** @param {number[]} app @param {number[]} baseline */
const pairedRatios = (app, baseline) => app.map((value, index) => `${(value / (baseline[index] ?? Number.NaN)).toFixed(2)}×`).join(', ');

/**
 * The report's details for one journal size.
 * @param {DataFlowResult} result
 * @returns {string[]}
 */
export function dataFlowDetails(result) {
  /** @param {number[]} values */
  const med = (values) => fmt(median(values));
  const w = result.warmUpRun;
  const warmUp = w
    ? `after a warm-up, not recorded: export ${fmt(w.export)}, restore ${fmt(w.restore)} / raw ${fmt(w.restoreRaw)}, import ${fmt(w.import)} / raw ${fmt(w.importRaw)}`
    : 'no warm-up';
  const waits = result.settleWaits;
  const settled = waits.length
    ? `; before each, the storage settled: waited median ${fmt(median(waits))} ms, at most ${fmt(Math.max(...waits))} ms${result.settleTimeouts ? `, ${result.settleTimeouts} time(s) the limit` : ''}`
    : '';
  const lines = [
    `Backup, restore and import (${result.runs} runs, ${warmUp}${settled}; medians in ms, each part the median of that part):`,
    '',
  ];
  const e = result.exportRuns;
  if (e.length) {
    const raw = result.rawExportRuns;
    lines.push(
      `- backup export: ${med(result.export)} = read every table ${part(e, (x) => x.readMs)} + canonical JSON ${part(e, (x) => x.canonicalMs)} + SHA-256 ${part(e, (x) => x.digestMs)} + writing the text ${part(e, (x) => x.textMs)}; ${e[0]?.characters.toLocaleString('en-US')} characters, ${e[0]?.bytes.toLocaleString('en-US')} bytes; runs ${result.export.map(fmt).join(', ')}. Baseline: getAll ${part(raw, (x) => x.getAllMs)} + JSON.stringify ${part(raw, (x) => x.stringifyMs)}`,
    );
  }
  /** @param {import('./dataflows.mjs').BulkAdd | null} once */
  const dexieOnce = (once) =>
    once ? `; Dexie \`bulkAdd\` on the app's database class, once: ${fmt(once.totalMs)} (${writeParts([once])})` : '';
  const r = result.restoreRuns;
  if (r.length) {
    lines.push(
      `- restore: ${med(result.restore)} = readBackupText ${part(r, (x) => x.checkMs)} (JSON.parse ${part(r, (x) => x.parseMs)} + envelope and canonical JSON ${part(r, (x) => x.canonicalMs)} + SHA-256 ${part(r, (x) => x.digestMs)} + every record checked ${part(r, (x) => x.recordsMs)}) + safety snapshot of the empty journal ${part(r, (x) => x.snapshotMs)} + the restore's transaction ${part(r, (x) => x.transactionMs)} (reading, planning, clearing ${writeParts(r)}); ${r[0]?.entries.toLocaleString('en-US')} entries restored; runs ${result.restore.map(fmt).join(', ')}; per run ÷ its baseline ${pairedRatios(result.restore, result.restoreRaw)}`,
      `  - baseline, the same entries: raw IndexedDB add ${med(result.restoreRaw)} (${writeParts(result.restoreRawRuns)}; runs ${result.restoreRaw.map(fmt).join(', ')})${dexieOnce(result.restoreDexie)}`,
    );
  }
  const i = result.importRuns;
  const first = i[0];
  if (first) {
    lines.push(
      `- import of a ${(result.importFileBytes / 1e6).toFixed(1)} MB jrnl JSON export (${first.candidates.toLocaleString('en-US')} entries read as ${first.source}, ${first.added.toLocaleString('en-US')} added, ${first.skipped} skipped): ${med(result.import)} = readImportFile ${part(i, (x) => x.readMs)} (decoding ${part(i, (x) => x.decodeMs)} + JSON.parse ${part(i, (x) => x.parseMs)} + candidates ${part(i, (x) => x.candidatesMs)}) + importCandidates: hashing (${first.digests.toLocaleString('en-US')} SHA-256 digests) ${part(i, (x) => x.hashMs)} + building the entries ${part(i, (x) => x.buildMs)} + its transaction ${part(i, (x) => x.transactionMs)} (import keys looked up ${writeParts(i)}); runs ${result.import.map(fmt).join(', ')}; per run ÷ its baseline ${pairedRatios(result.import, result.importRaw)}. Not in it: the preview before "Import" (countNewImports, which hashes every entry too, + previewImport) ${part(i, (x) => x.previewMs)}`,
      `  - baseline, the entries it wrote: raw IndexedDB add ${med(result.importRaw)} (${writeParts(result.importRawRuns)}; runs ${result.importRaw.map(fmt).join(', ')})${dexieOnce(result.importDexie)}`,
    );
  }
  for (const error of result.errors) lines.push(`- problem: ${error}`);
  lines.push('');
  return lines;
}

/**
 * The report's paragraph on how these were measured.
 * @param {string} runs  how many recorded runs, in words
 */
export function dataFlowMethod(runs) {
  return [
    "- Backup, restore and import (at every size): in the journal's page, the app's own code (backupRepository.ts, backupFile.ts, importPlan.ts, importRepository.ts and the database class, with Dexie and zod, bundled and minified on their own by bench/aggregation.mjs and run as the app's page runs it: under its CSP, so zod validates without compiling code).",
    `${runs}, median; at the first size one run before them is not recorded (a warm-up) and Dexie's \`bulkAdd\` is timed once; at later sizes a run takes tens of seconds and neither is done.`,
    "Each run times the export, the restore and the import, each paired with its baseline (the app first in one run, the baseline first in the next), and each write starts once Chromium's IndexedDB files (one LevelDB per origin, shared by every database) have not changed for 1 s, so it does not pay for the compaction of the previous one.",
    'Backup export: `exportBackup` of the seeded journal through a connection opened beforehand, until the text is returned; beside `getAll()` of every backed-up store in one transaction + `JSON.stringify` (no target).',
    "Restore: that text → `readBackupText` (JSON, checksum, every record checked) + `restoreBackup(db, backup, 'replace')` (safety snapshot, then one transaction over every table) into a fresh, empty database made by the app's class (opened beforehand, deleted afterwards), until committed.",
    'Import: a jrnl JSON export of as many generated entries as the journal (no uuids, so each entry is hashed for its import key), as the bytes the file dialog gives → `readImportFile` + `importCandidates` (default kind and scope) into a fresh, empty database, until committed; the preview between them (`countNewImports`, `previewImport`) is timed apart and left out.',
    "Baseline for both: raw IndexedDB — a fresh database with the same stores and indexes (made by the app's class, closed, reopened with `indexedDB.open`), one read-write transaction, `add()` of every entry written (the backup's entries; the import's entries as stored), `commit()`, until `complete`.",
    'The parts come from a log kept in the page while the code runs: IndexedDB transactions (created, first and last `add`/`put` placed, completed), `JSON.parse` of large texts, and `crypto.subtle.digest` calls.',
    `Target: median ≤ ${dataTargetRatio}× the median baseline.`,
  ].join(' ');
}
