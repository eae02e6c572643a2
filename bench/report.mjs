// @ts-check
/**
 * The benchmark's report: one Markdown table of every metric at every size beside its raw baseline
 * and target, the targets missed, how each figure was measured, and the details behind them.
 */
import {
  chunkSize,
  dataRunsAt,
  dataRunsText,
  importBlockEntries,
  inboxRuns,
  lastDay,
  reportOnlySizes,
  scoredSizes,
  sizes,
} from './config.mjs';
import { dataFlowDetails, dataFlowMethod, dataFlowRows, importBlockDetails, importBlockRow } from './dataflow-report.mjs';
import { inboxDetails, inboxRows } from './inbox.mjs';
import { suggestionsDetails, suggestionsRows } from './suggestions.mjs';
import { journalDetails, journalMethod } from './journal-details.mjs';
import { journalRows } from './journal-report.mjs';
import { pdfDetails, pdfMethod, pdfRows } from './pdf-report.mjs';
import { markdownTable } from './stats.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */
/** @typedef {import('./pdf-report.mjs').PdfOutcome} PdfOutcome */
/** @typedef {import('./stats.mjs').ReportRow} ReportRow */
/**
 * @typedef {object} Environment  the machine and browser the figures were taken on
 * @property {string} chromium
 * @property {number} cpus
 * @property {string} model
 * @property {string} os
 * @property {string} node
 * @property {string} loadBefore  load average at the start
 * @property {string} loadAfter  load average at the end
 */

/** "10k" for 10,000 entries. @param {number} size */
const shortSize = (size) => (size >= 1_000 ? `${size / 1_000}k` : String(size));

/**
 * The growth column: each row's figure over the same metric's at the first size with targets; the
 * header names the second such size ("50k/10k"), whose rows show the bare ratio, while rows of
 * other sizes (a report-only 100,000) say which ratio they show. None with fewer than two sizes.
 * @param {{ size: number, row: ReportRow }[]} sized
 * @returns {{ header: string, cells: string[] } | null}
 */
function growthColumn(sized) {
  const [from, to] = scoredSizes.length > 1 ? scoredSizes : sizes;
  if (from === undefined || to === undefined) return null;
  /** @param {ReportRow} row */
  const keyOf = (row) => row.key ?? row.cells[0] ?? '';
  /** @type {Map<string, number>} */
  const reference = new Map();
  for (const { size, row } of sized) if (size === from && row.figure !== undefined) reference.set(keyOf(row), row.figure);
  const cells = sized.map(({ size, row }) => {
    const base = reference.get(keyOf(row));
    if (size === from || row.figure === undefined || base === undefined || base <= 0) return '—';
    const ratio = `${(row.figure / base).toFixed(1)}×`;
    return size === to ? ratio : `${shortSize(size)}/${shortSize(from)}: ${ratio}`;
  });
  return { header: `${shortSize(to)}/${shortSize(from)}`, cells };
}

/** The method's line on the report-only sizes, if any are measured. */
function reportOnlyMethod() {
  const measured = reportOnlySizes.filter((size) => sizes.includes(size));
  if (!measured.length) return [];
  return [
    `- Report only (BENCH_REPORT_ONLY_SIZES): ${measured.map((size) => size.toLocaleString('en-US')).join(', ')} entries, with no targets and no pass or fail, to show how the figures grow. Only the journal's steps (first render, fully loaded, search, filters, save, heap) and the Insights first render are measured there: no Insights aggregation, backup export, restore, import or PDF export.`,
  ];
}

/** The method's line on the growth column. @param {string} header */
function growthMethod(header) {
  const [from = 1, to = 1] = scoredSizes.length > 1 ? scoredSizes : sizes;
  return `- ${header}: a row's figure (the one its target is on: the median, or the p95 for search; MB for the heap) over the same metric's at ${from.toLocaleString('en-US')} entries. Linear growth with the journal's size would be ${(to / from).toFixed(1)}×, a constant cost 1.0×. Rows of other sizes name their ratio.`;
}

/**
 * The report as Markdown, and the targets missed (for the runner's last line).
 * @param {SizeResult[]} results
 * @param {Environment} env
 * @param {PdfOutcome | null} pdf
 * @param {import('./inbox.mjs').InboxResult | null} [inbox]
 * @param {import('./suggestions.mjs').SuggestionsResult | null} [suggestions]
 */
export function report(results, env, pdf, inbox = null, suggestions = null) {
  /** @type {{ size: number, row: ReportRow }[]} */
  const rows = [];
  /** @param {number} size @param {ReportRow[]} sizeRows */
  const add = (size, sizeRows) => rows.push(...sizeRows.map((row) => ({ size, row })));
  /** @type {string[]} */
  const failures = [];
  /** @type {string[]} measurements without a target that could not finish */
  const unfinished = [];
  for (const r of results) {
    const journal = journalRows(r);
    add(r.size, journal.rows);
    failures.push(...journal.failures);
    unfinished.push(...journal.unfinished);
    if (dataRunsAt(r.size) > 0) {
      const data = dataFlowRows(
        r.dataflows,
        r.size,
        r.errors.filter((e) => e.startsWith('backup')),
      );
      add(r.size, data.rows);
      failures.push(...data.failures);
    }
    if (r.size === scoredSizes.at(-1) && importBlockEntries > 0) {
      const block = importBlockRow(r.importBlock);
      add(r.size, [{ cells: block.row }]);
      failures.push(...block.failures);
    }
    if (pdf && pdf.journalSize === r.size) {
      const printed = pdfRows(pdf);
      add(
        r.size,
        printed.rows.map((cells) => ({ cells })),
      );
      failures.push(...printed.failures);
    }
  }
  const inboxed = inboxRows(inbox);
  for (const cells of inboxed.rows) rows.push({ size: 0, row: { cells } });
  failures.push(...inboxed.failures);
  const suggested = suggestionsRows(suggestions);
  for (const cells of suggested.rows) rows.push({ size: 0, row: { cells } });
  failures.push(...suggested.failures);
  const growth = growthColumn(rows);
  const header = ['metric', 'entries', 'median (ms)', 'p95 (ms)', 'raw baseline (ms)', 'target (ms)', 'pass'];
  const table = markdownTable(
    growth ? [...header, growth.header] : header,
    rows.map(({ row }, i) => (growth ? [...row.cells, growth.cells[i] ?? '—'] : row.cells)),
  );

  /** @type {string[]} */
  const details = [];
  for (const r of results) {
    const n = r.size.toLocaleString('en-US');
    details.push(`### ${n} entries`);
    details.push('');
    details.push(...journalDetails(r));
    if (r.dataflows) details.push(...dataFlowDetails(r.dataflows));
    if (r.importBlock) details.push(...importBlockDetails(r.importBlock));
    if (r.profile) {
      details.push('CPU profile, top self time:');
      details.push('');
      details.push('```');
      details.push(r.profile);
      details.push('```');
      details.push('');
    }
    if (r.errors.length) {
      details.push('Problems:');
      details.push('');
      for (const e of r.errors) details.push(`- ${e}`);
      details.push('');
    }
  }
  if (pdf) details.push(...pdfDetails(pdf));
  details.push(...inboxDetails(inbox, inboxRuns));
  details.push(...suggestionsDetails(suggestions));

  const lines = [
    '# Scope Journal benchmark',
    '',
    `${new Date().toISOString()} · Chromium ${env.chromium} (headless) · ${env.os} · ${env.cpus} × ${env.model} · Node ${env.node}`,
    '',
    `Load average (1, 5, 15 min) at start ${env.loadBefore}, at end ${env.loadAfter}${Number(env.loadBefore.split(' ')[0]) > 1.5 ? ' — other work was already using the CPU when the run started, so these figures may be inflated' : ''}. The benchmark itself keeps about 1.5 of the ${env.cpus} cores busy.`,
    '',
    table,
    '',
    failures.length ? `**Targets missed:**\n\n${failures.map((f) => `- ${f}`).join('\n')}` : '**All targets met.**',
    ...(unfinished.length ? ['', `**Did not finish:**\n\n${unfinished.map((f) => `- ${f}`).join('\n')}`] : []),
    '',
    '## How it was measured',
    '',
    `- Seeding: each size is reached from the previous one by writing the generated entries through the app's own database class (\`ScopeJournalDatabase\` from src-renderer/src/db/database.ts, built into the data bundle by bench/aggregation.mjs), \`entries.bulkAdd\` in read-write transactions of ${chunkSize.toLocaleString('en-US')} entries, as a user's journal would have been written (so whatever the class keeps beside the entries is written too), in a blank document of the app's origin served by the bench, with no copy of the app open; the details give the time per size.`,
    ...journalMethod(),
    ...(pdf ? [pdfMethod(pdf)] : []),
    ...(sizes.some((size) => dataRunsAt(size) > 0) ? [dataFlowMethod(dataRunsText)] : []),
    ...reportOnlyMethod(),
    ...(growth ? [growthMethod(growth.header)] : []),
    `- Data: bench/generate.mjs, deterministic; bodies 300–800 characters; dates over the eight years up to ${lastDay} (BENCH_LAST_DAY; only the dates depend on it). Disk-backed profile (persistent context), viewport 1400×900.`,
    '',
    '## Details',
    '',
    ...details,
  ];
  return { markdown: lines.join('\n'), failures };
}
