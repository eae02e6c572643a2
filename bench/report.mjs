// @ts-check
/**
 * The benchmark's report: one Markdown table of every metric at every size beside its raw baseline
 * and target, the targets missed, how each figure was measured, and the details behind them.
 */
import { dataRunsAt, dataRunsText, importBlockEntries, lastDay, sizes } from './config.mjs';
import { dataFlowDetails, dataFlowMethod, dataFlowRows, importBlockDetails, importBlockRow } from './dataflow-report.mjs';
import { journalDetails, journalMethod } from './journal-details.mjs';
import { journalRows } from './journal-report.mjs';
import { pdfDetails, pdfMethod, pdfRows } from './pdf-report.mjs';
import { markdownTable } from './stats.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */
/** @typedef {import('./pdf-report.mjs').PdfOutcome} PdfOutcome */
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

/**
 * The report as Markdown, and the targets missed (for the runner's last line).
 * @param {SizeResult[]} results
 * @param {Environment} env
 * @param {PdfOutcome | null} pdf
 */
export function report(results, env, pdf) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  const failures = [];
  /** @type {string[]} measurements without a target that could not finish */
  const unfinished = [];
  for (const r of results) {
    const journal = journalRows(r);
    rows.push(...journal.rows);
    failures.push(...journal.failures);
    unfinished.push(...journal.unfinished);
    if (dataRunsAt(r.size) > 0) {
      const data = dataFlowRows(
        r.dataflows,
        r.size,
        r.errors.filter((e) => e.startsWith('backup')),
      );
      rows.push(...data.rows);
      failures.push(...data.failures);
    }
    if (r === results.at(-1) && importBlockEntries > 0) {
      const block = importBlockRow(r.importBlock);
      rows.push(block.row);
      failures.push(...block.failures);
    }
    if (pdf && pdf.journalSize === r.size) {
      const printed = pdfRows(pdf);
      rows.push(...printed.rows);
      failures.push(...printed.failures);
    }
  }
  const table = markdownTable(['metric', 'entries', 'median (ms)', 'p95 (ms)', 'raw baseline (ms)', 'target (ms)', 'pass'], rows);

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
    ...journalMethod(),
    ...(pdf ? [pdfMethod(pdf)] : []),
    ...(sizes.some((size) => dataRunsAt(size) > 0) ? [dataFlowMethod(dataRunsText)] : []),
    `- Data: bench/generate.mjs, deterministic; bodies 300–800 characters; dates over the eight years up to ${lastDay} (BENCH_LAST_DAY; only the dates depend on it). Disk-backed profile (persistent context), viewport 1400×900.`,
    '',
    '## Details',
    '',
    ...details,
  ];
  return { markdown: lines.join('\n'), failures };
}
