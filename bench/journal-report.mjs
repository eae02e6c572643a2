// @ts-check
/**
 * The report's rows for the journal and the Insights screen at one size (measure-size.mjs): first
 * render, fully loaded, search, filters, saving an entry, the JS heap, the Insights aggregation and
 * first render. Their details and method are in journal-details.mjs.
 */
import { insightsPeriods, targetsAt } from './config.mjs';
import { fmt, median, percentile } from './stats.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */
/** @typedef {import('./stats.mjs').ReportRow} ReportRow */

/** @param {number} value @param {number | undefined} target */
const verdict = (value, target) => (target === undefined ? '—' : value <= target ? 'PASS' : '**FAIL**');

/** @param {number[]} values */
const range = (values) =>
  values.length ? `${fmt(Math.min(...values))}–${fmt(Math.max(...values))} (${values.length === 1 ? '1 run' : 'range'})` : '—';

/**
 * The report's rows for one journal size (columns of report.mjs's table), the targets missed, and
 * the measurements that could not finish. A report-only size has no targets and adds no failures.
 * @param {SizeResult} r
 */
export function journalRows(r) {
  /** @type {ReportRow[]} */
  const rows = [];
  /** @type {string[]} */
  const failures = [];
  /** @type {string[]} measurements without a target that could not finish */
  const unfinished = [];
  const target = targetsAt(r.size);
  const n = r.size.toLocaleString('en-US');
  const entries = r.reportOnly ? `${n} (report only)` : n;
  const noTarget = r.reportOnly ? 'report only' : '—';
  /**
   * A row whose target, if any, is on its median (or on its p95 with `onP95`).
   * @param {{ metric: string, values: number[], p95?: string, baseline: string, limit: number | undefined,
   *   onP95?: boolean }} row
   */
  const timedRow = ({ metric, values, p95, baseline, limit, onP95 = false }) => {
    const med = median(values);
    const figure = onP95 ? percentile(values, 95) : med;
    const v = values.length ? verdict(figure, limit) : '**ERROR**';
    const what = onP95 ? 'p95' : 'median';
    if (!values.length) (limit === undefined ? unfinished : failures).push(`${metric} at ${n}: no samples (${r.errors.join('; ')})`);
    else if (v.includes('FAIL')) failures.push(`${metric} at ${n}: ${what} ${fmt(figure)} ms > ${limit} ms`);
    rows.push({
      cells: [
        metric,
        entries,
        fmt(med),
        p95 ?? fmt(percentile(values, 95)),
        baseline,
        limit === undefined ? noTarget : onP95 ? `p95 ≤ ${limit}` : `≤ ${limit} (median)`,
        v,
      ],
      ...(values.length ? { figure } : {}),
    });
  };
  const rawRead = `${fmt(median(r.rawIdb))} (IndexedDB open + getAll)`;
  timedRow({
    metric: 'First journal render after reload',
    values: r.firstRender,
    p95: range(r.firstRender),
    baseline: rawRead,
    limit: target?.firstRender,
  });
  timedRow({
    metric: 'Journal fully loaded and idle after reload',
    values: r.fullyLoaded,
    p95: range(r.fullyLoaded),
    baseline: rawRead,
    limit: undefined,
  });
  const bs = r.baseline?.search ?? [];
  timedRow({
    metric: 'Search as you type, per keystroke',
    values: r.keystrokes.map((k) => k.latencyMs),
    baseline: `${fmt(median(bs))} / p95 ${fmt(percentile(bs, 95))} (linear scan)`,
    limit: target?.searchP95,
    onP95: true,
  });
  timedRow({
    metric: 'Filter by kind, change',
    values: r.kind.settled,
    baseline: `${fmt(median(r.baseline?.kind ?? []))} (in-memory filter)`,
    limit: target?.kindFilter,
  });
  timedRow({
    metric: 'Filter by scope, change',
    values: r.scope.settled,
    baseline: `${fmt(median(r.baseline?.scope ?? []))} (in-memory filter)`,
    limit: undefined,
  });
  const raw = r.save?.rawPut ?? [];
  timedRow({
    metric: 'Save an entry → list updated',
    values: r.save?.frameMs ?? [],
    baseline: raw.length ? `${fmt(median(raw))} / p95 ${fmt(percentile(raw, 95))} (IndexedDB put, one transaction)` : '—',
    limit: target?.save,
  });
  rows.push(heapRow(r, entries, noTarget, failures));
  if (!r.reportOnly) {
    const aggregationBaseline = `${fmt(median(r.aggregation?.baseline ?? []))} (one loop: count per quarter)`;
    for (const { name } of insightsPeriods) {
      timedRow({
        metric: `Insights aggregation (all charts), ${name}`,
        values: r.aggregation?.byPeriod[name]?.total ?? [],
        baseline: aggregationBaseline,
        limit: target?.aggregation,
      });
    }
  }
  const ir = r.insightsRender;
  const timedOut = r.insightsTimedOut;
  const insights = 'Insights first render with data';
  if (ir.length) {
    timedRow({ metric: insights, values: ir, p95: range(ir), baseline: rawRead, limit: target?.insightsRender });
  } else {
    const why = timedOut
      ? `no chart within ${timedOut.afterMs / 1000} s of the reload (${timedOut.notes.join('; ') || 'nothing shown'})`
      : `no samples (${r.errors.join('; ')})`;
    (target ? failures : unfinished).push(`${insights} at ${n}: ${why}`);
    rows.push({
      cells: [
        insights,
        entries,
        timedOut ? `> ${timedOut.afterMs}` : '—',
        timedOut ? '(timed out)' : '—',
        rawRead,
        target ? `≤ ${target.insightsRender} (median)` : noTarget,
        timedOut ? '**TIMEOUT**' : '**ERROR**',
      ],
    });
  }
  return { rows, failures, unfinished };
}

/**
 * The JS heap's row: MB, beside what the entries alone take; a target only where the issue set one.
 * @param {SizeResult} r @param {string} entries @param {string} noTarget @param {string[]} failures
 * @returns {ReportRow}
 */
function heapRow(r, entries, noTarget, failures) {
  const metric = 'JS heap after full load';
  const limit = targetsAt(r.size)?.heapMb;
  const heap = r.heap;
  if (!heap) {
    if (limit !== undefined) failures.push(`${metric} at ${entries}: not measured (${r.errors.join('; ')})`);
    return { cells: [metric, entries, '—', '—', '—', limit === undefined ? noTarget : `≤ ${limit} MB`, '**ERROR**'] };
  }
  const v = verdict(heap.usedMb, limit);
  if (v.includes('FAIL')) failures.push(`${metric} at ${entries}: ${heap.usedMb.toFixed(1)} MB > ${limit} MB`);
  return {
    cells: [
      metric,
      entries,
      `${heap.usedMb.toFixed(1)} MB`,
      '(one measurement)',
      `${heap.recordsMb.toFixed(1)} MB (every entry held, from getAll)`,
      limit === undefined ? (r.reportOnly ? noTarget : 'report') : `≤ ${limit} MB`,
      v,
    ],
    figure: heap.usedMb,
  };
}
