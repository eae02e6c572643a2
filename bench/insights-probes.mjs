// @ts-check
/**
 * The Insights screen's aggregation, timed inside the page with the bench's bundle of its pure
 * functions (aggregation.mjs). Playwright serialises it with `toString()`, so it is self-contained.
 */

/**
 * Everything the Insights screen computes when it opens, over the records in `window.__benchRecords`
 * (see `loadRecordsForBaseline`), with the functions of the bench bundle (`window[globalName]`, see
 * bench/aggregation.mjs): the picker's quarters (`periodQuarters` for 'all'), the period's
 * quarters, then for the period and its latest quarter `scopeOverTime`, `activityByKind`,
 * `competencyCoverage` (default framework, no growth targets), `findGaps`, and `awaitingOutcome`.
 * Timed once per period per run; the first run (cold: the functions' first calls) is kept apart.
 * Baseline: one plain loop counting entries per quarter key made from string slices of `occurredOn`.
 * @param {{ globalName: string, runs: number, periods: { name: string, period: unknown }[] }} args
 */
export function insightsAggregation({ globalName, runs, periods }) {
  /** @type {any} */
  const w = window;
  const lib = w[globalName];
  /** @type {any[]} */
  const records = w.__benchRecords;
  if (!lib) throw new Error(`the Insights bundle (window.${globalName}) is not loaded`);
  if (!records) throw new Error('no records loaded for the Insights aggregation');
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const framework = lib.defaultFramework;
  /** @type {string[]} */
  const targets = [];
  const steps = ['periodQuarters', 'scopeOverTime', 'activityByKind', 'competencyCoverage', 'findGaps', 'awaitingOutcome'];

  /** @type {Record<string, { total: number[], cold: number, steps: Record<string, number[]>, summary: any }>} */
  const byPeriod = {};
  for (const { name } of periods) {
    byPeriod[name] = { total: [], cold: Number.NaN, steps: Object.fromEntries(steps.map((k) => [k, []])), summary: null };
  }
  /** @type {number[]} */
  const baseline = [];
  let sink = 0;
  for (let run = -1; run < runs; run += 1) {
    for (const { name, period } of periods) {
      const into = byPeriod[name];
      if (!into) continue;
      const t0 = performance.now();
      const allQuarters = lib.periodQuarters({ kind: 'all' }, today, records);
      const quarters = lib.periodQuarters(period, today, records);
      const quarter = quarters[quarters.length - 1];
      const t1 = performance.now();
      const scope = lib.scopeOverTime(records, quarters);
      const t2 = performance.now();
      const kinds = lib.activityByKind(records, quarters);
      const t3 = performance.now();
      const coverage = lib.competencyCoverage(records, framework, quarter, targets);
      const t4 = performance.now();
      const gaps = lib.findGaps(records, framework, quarter);
      const t5 = performance.now();
      const awaiting = lib.awaitingOutcome(records, today);
      const t6 = performance.now();
      sink += allQuarters.length + scope.length + kinds.length + coverage.length + gaps.length + awaiting.length;
      if (run < 0) {
        into.cold = t6 - t0;
        into.summary = {
          today,
          quarters: quarters.length,
          from: quarters[0],
          to: quarter,
          entriesInPeriod: scope.reduce((/** @type {number} */ a, /** @type {{ total: number }} */ r) => a + r.total, 0),
          coverageRows: coverage.length,
          gaps: gaps.length,
          awaiting: awaiting.length,
        };
        continue;
      }
      into.total.push(t6 - t0);
      const marks = [t0, t1, t2, t3, t4, t5, t6];
      steps.forEach((step, i) => into.steps[step]?.push(/** @type {number} */ (marks[i + 1]) - /** @type {number} */ (marks[i])));
    }
    const t0 = performance.now();
    /** @type {Record<string, number>} */
    const counts = {};
    for (const record of records) {
      const date = record.occurredOn;
      const key = `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    if (run >= 0) baseline.push(performance.now() - t0);
    sink += Object.keys(counts).length;
  }
  return { byPeriod, baseline, records: records.length, sink };
}
