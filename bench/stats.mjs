// @ts-check
/** Small statistics and formatting helpers for the benchmark report. */

/**
 * Percentile with linear interpolation between the closest ranks (p in 0…100).
 * @param {readonly number[]} values
 * @param {number} p
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = /** @type {number} */ (sorted[low]);
  const highValue = /** @type {number} */ (sorted[high]);
  return lowValue + (highValue - lowValue) * (rank - low);
}

/** @param {readonly number[]} values */
export const median = (values) => percentile(values, 50);

/**
 * @param {number | null | undefined} ms
 * @returns {string}
 */
export function fmt(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '—';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

/**
 * A Markdown table.
 * @param {string[]} header
 * @param {string[][]} rows
 */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * @typedef {object} ReportRow  one line of the report's table
 * @property {string[]} cells  metric, entries, median, p95, raw baseline, target, pass
 * @property {number} [figure]  the figure the growth column compares across sizes: the one the
 *   target is on (the median, or the p95 where the target is a p95)
 * @property {string} [key]  what the growth column matches the row by across sizes; the metric by default
 */
