// @ts-check
/**
 * The report's rows for the journal and the Insights screen at one size (measure-size.mjs): first
 * render, fully loaded, search, filters, the Insights aggregation and first render. Their details
 * and method are in journal-details.mjs.
 */
import { insightsPeriods, targets } from './config.mjs';
import { fmt, median, percentile } from './stats.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */

/** @param {number} value @param {number | undefined} target */
const verdict = (value, target) => (target === undefined ? '—' : value <= target ? 'PASS' : '**FAIL**');

/**
 * The report's rows for one journal size (columns of report.mjs's table), the targets missed, and
 * the measurements without a target that could not finish.
 * @param {SizeResult} r
 */
export function journalRows(r) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  const failures = [];
  /** @type {string[]} measurements without a target that could not finish */
  const unfinished = [];
  const target = targets[r.size];
  const n = r.size.toLocaleString('en-US');
  const fr = median(r.firstRender);
  const frVerdict = verdict(fr, target?.firstRender);
  if (frVerdict.includes('FAIL')) failures.push(`first render at ${n}: median ${fmt(fr)} ms > ${target?.firstRender} ms`);
  rows.push([
    'First journal render after reload',
    n,
    fmt(fr),
    `${fmt(Math.min(...r.firstRender))}–${fmt(Math.max(...r.firstRender))} (range)`,
    `${fmt(median(r.rawIdb))} (IndexedDB open + getAll)`,
    target ? `≤ ${target.firstRender} (median)` : '—',
    frVerdict,
  ]);
  rows.push([
    'Journal fully loaded and idle after reload',
    n,
    fmt(median(r.fullyLoaded)),
    `${fmt(Math.min(...r.fullyLoaded))}–${fmt(Math.max(...r.fullyLoaded))} (range)`,
    `${fmt(median(r.rawIdb))} (IndexedDB open + getAll)`,
    '—',
    '—',
  ]);
  const bs = r.baseline?.search ?? [];
  const searchBaseline = `${fmt(median(bs))} / p95 ${fmt(percentile(bs, 95))} (linear scan)`;
  /** @param {string} metric @param {number[]} values */
  const searchRow = (metric, values) => {
    const p95 = percentile(values, 95);
    const v = values.length ? verdict(p95, target?.searchP95) : '**ERROR**';
    if (!values.length) failures.push(`search at ${n}: no samples (${r.errors.join('; ')})`);
    else if (v.includes('FAIL')) failures.push(`search at ${n}: p95 ${fmt(p95)} ms > ${target?.searchP95} ms`);
    rows.push([metric, n, fmt(median(values)), fmt(p95), searchBaseline, target ? `p95 ≤ ${target.searchP95}` : '—', v]);
  };
  /** @param {string} metric @param {number[]} values @param {number[] | undefined} baseline */
  const filterRow = (metric, values, baseline) =>
    rows.push([
      metric,
      n,
      fmt(median(values)),
      fmt(percentile(values, 95)),
      `${fmt(median(baseline ?? []))} (in-memory filter)`,
      '—',
      values.length ? '—' : '**ERROR**',
    ]);
  searchRow(
    'Search as you type, per keystroke',
    r.keystrokes.map((k) => k.latencyMs),
  );
  filterRow('Filter by kind, change', r.kind.settled, r.baseline?.kind);
  filterRow('Filter by scope, change', r.scope.settled, r.baseline?.scope);
  const aggregationBaseline = `${fmt(median(r.aggregation?.baseline ?? []))} (one loop: count per quarter)`;
  for (const { name } of insightsPeriods) {
    const values = r.aggregation?.byPeriod[name]?.total ?? [];
    const med = median(values);
    const v = values.length ? verdict(med, target?.aggregation) : '**ERROR**';
    if (!values.length) failures.push(`Insights aggregation (${name}) at ${n}: no samples`);
    else if (v.includes('FAIL')) failures.push(`Insights aggregation (${name}) at ${n}: median ${fmt(med)} ms > ${target?.aggregation} ms`);
    rows.push([
      `Insights aggregation (all charts), ${name}`,
      n,
      fmt(med),
      fmt(percentile(values, 95)),
      aggregationBaseline,
      target ? `≤ ${target.aggregation} (median)` : '—',
      v,
    ]);
  }
  const ir = r.insightsRender;
  const timedOut = r.insightsTimedOut;
  if (timedOut)
    unfinished.push(
      `Insights first render at ${n}: no chart within ${timedOut.afterMs / 1000} s of the reload (${timedOut.notes.join('; ') || 'nothing shown'})`,
    );
  else if (!ir.length) unfinished.push(`Insights first render at ${n}: no samples (${r.errors.join('; ')})`);
  rows.push([
    'Insights first render with data',
    n,
    ir.length ? fmt(median(ir)) : timedOut ? `> ${timedOut.afterMs}` : '—',
    ir.length ? `${fmt(Math.min(...ir))}–${fmt(Math.max(...ir))} (${ir.length === 1 ? '1 run' : 'range'})` : timedOut ? '(timed out)' : '—',
    `${fmt(median(r.rawIdb))} (IndexedDB open + getAll)`,
    '—',
    ir.length ? '—' : timedOut ? '**TIMEOUT**' : '**ERROR**',
  ]);
  return { rows, failures, unfinished };
}
