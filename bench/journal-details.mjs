// @ts-check
/**
 * The report's details and method for the journal and the Insights screen (measure-size.mjs): how
 * the journal was seeded, first render, search, filters, saving an entry, the JS heap, the Insights
 * aggregation and first render. Their rows are in journal-report.mjs.
 */
import {
  aggregationRuns,
  chunkSize,
  dbName,
  filterRounds,
  insightsPeriods,
  insightsSlowMs,
  insightsTimeoutMs,
  queries,
  reloads,
  saveRuns,
  searchRounds,
} from './config.mjs';
import { fmt, median, percentile } from './stats.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */

/**
 * The report's details for one journal size: where the median first renders spent their time, the
 * first round of keystrokes, and the Insights functions one by one.
 * @param {SizeResult} r
 * @returns {string[]}
 */
export function journalDetails(r) {
  /** @type {string[]} */
  const details = [];
  const seeding = r.seeding;
  if (seeding) {
    details.push(
      `Seeded ${seeding.from.toLocaleString('en-US')} → ${seeding.to.toLocaleString('en-US')} entries through the app's database class in ${(seeding.totalMs / 1000).toFixed(1)} s, of which ${seeding.transactions} transactions of up to ${chunkSize.toLocaleString('en-US')} entries took ${(seeding.writeMs / 1000).toFixed(1)} s (the rest: generating and sending them to the page).`,
    );
    details.push('');
  }
  // First-render breakdown from the median run.
  const order = r.firstRender.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const mid = order[Math.floor(order.length / 2)];
  const b = mid ? r.breakdowns[mid[1]] : null;
  if (b) {
    const entriesRead = b.idb.filter((/** @type {any} */ x) => x.op === 'getAll' && x.store === 'entries');
    const others = b.idb.filter((/** @type {any} */ x) => !(x.op === 'getAll' && x.store === 'entries'));
    const firstCommit = b.earlyCommits[0]?.t;
    const loading = b.timeline.find((/** @type {any} */ t) => t.status && !/^\d/.test(t.status));
    const longTasks = b.longTasks.map((/** @type {any} */ t) => `${fmt(t.start)}+${fmt(t.duration)}`).join(', ');
    details.push(`First render, median run (${fmt(b.firstRender.tFrame)} ms; ms since navigation start):`);
    details.push('');
    details.push(
      `- response end ${fmt(b.nav?.responseEnd)}, DOMContentLoaded ${fmt(b.nav?.domContentLoaded)}, first React commit ${fmt(firstCommit)}${loading ? `, "${loading.status}" shown ${fmt(loading.t)}` : ''}`,
    );
    for (const x of entriesRead) {
      details.push(
        x.end < 0
          ? `- app's \`entries\` getAll started ${fmt(x.start)}, still running at the first render`
          : `- app's \`entries\` getAll: ${fmt(x.start)} → ${fmt(x.end)} (${fmt(x.end - x.start)} ms, ${x.count} records)`,
      );
    }
    details.push(
      `- other IndexedDB requests before the first render: ${
        others
          .map(
            (/** @type {any} */ x) =>
              `${x.op} ${x.store} ${x.end < 0 ? `from ${fmt(x.start)} (unfinished)` : `${fmt(x.start)}→${fmt(x.end)}${x.op === 'getAll' ? ` (${x.count} records)` : ''}`}`,
          )
          .join('; ') || 'none'
      }`,
    );
    details.push(`- count and first article in the DOM ${fmt(b.firstRender.tDom)}, next frame ${fmt(b.firstRender.tFrame)}`);
    details.push(`- long tasks (start+duration): ${longTasks || 'none'}`);
    details.push(`- raw getAll alone: median ${fmt(median(r.rawIdbGetAll))} ms`);
    if (r.firstRenderFresh.length)
      details.push(
        `- in a new window (previous one closed, as at app start) instead of a reload: median ${fmt(median(r.firstRenderFresh))} ms over ${r.firstRenderFresh.length} runs (${r.firstRenderFresh.map(fmt).join(', ')})`,
      );
    details.push('');
  }
  if (r.keystrokes.length) {
    details.push('Search keystrokes, first round (results painted / settled, ms → final status):');
    details.push('');
    for (const query of queries) {
      const ks = r.keystrokes.filter((k) => k.query === query).slice(0, query.length);
      details.push(
        `- "${query}": ${ks.map((k) => `${JSON.stringify(k.prefix)} ${fmt(k.resultMs)}/${fmt(k.latencyMs)}`).join(', ')} → ${ks.at(-1)?.status ?? '?'}`,
      );
    }
    /** @param {number[]} v */
    const pp = (v) => `p50 ${fmt(median(v))}, p95 ${fmt(percentile(v, 95))}`;
    details.push(
      `- first frame with the new results (before follow-up commits such as the virtualiser re-measuring rows): search ${pp(r.keystrokes.map((k) => k.resultMs))}; kind filter ${pp(r.kind.result)}; scope filter ${pp(r.scope.result)} (the table shows the settled figures)`,
    );
    details.push(`- clearing the search box: median ${fmt(median(r.clears))} ms, max ${fmt(Math.max(...r.clears))} ms`);
    const counts = r.baseline?.counts ?? {};
    details.push(
      `- baseline scan matches (title + body only): ${Object.entries(counts)
        .map(([q, c]) => `"${q}" ${c}`)
        .join(', ')}`,
    );
    details.push('');
  }
  details.push(...saveAndHeapDetails(r));
  if (r.aggregation) {
    details.push(
      `Insights aggregation over ${r.aggregation.records.toLocaleString('en-US')} records, ${aggregationRuns} runs after a first (cold) one, median ms per function:`,
    );
    details.push('');
    for (const [name, p] of Object.entries(r.aggregation.byPeriod)) {
      const s = p.summary ?? {};
      const steps = Object.entries(p.steps)
        .map(([step, v]) => `${step} ${fmt(median(v))}`)
        .join(', ');
      details.push(
        `- ${name} (${s.quarters} quarters, ${s.from} … ${s.to}, ${s.entriesInPeriod} entries in the period; coverage and gaps for ${s.to}): ${steps}; first call (cold) ${fmt(p.cold)} ms in all; ${s.coverageRows} coverage rows, ${s.gaps} gaps, ${s.awaiting} entries awaiting an outcome (today ${s.today})`,
      );
    }
    details.push('');
  }
  const iorder = r.insightsRender.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const imid = iorder[Math.floor(iorder.length / 2)];
  const ib = imid ? r.insightsBreakdowns[imid[1]] : null;
  if (ib) {
    const reads = ib.idb
      .filter((/** @type {any} */ x) => x.op === 'getAll')
      .map(
        (/** @type {any} */ x) =>
          `${x.store} ${x.end < 0 ? `from ${fmt(x.start)} (unfinished)` : `${fmt(x.start)}→${fmt(x.end)} (${x.count} records)`}`,
      )
      .join('; ');
    const longTasks = ib.longTasks.map((/** @type {any} */ t) => `${fmt(t.start)}+${fmt(t.duration)}`).join(', ');
    details.push(`Insights first render, median run (${fmt(ib.render.tFrame)} ms; ms since navigation start):`);
    details.push('');
    details.push(
      `- response end ${fmt(ib.nav?.responseEnd)}, DOMContentLoaded ${fmt(ib.nav?.domContentLoaded)}, first React commit ${fmt(ib.earlyCommits[0]?.t)}`,
    );
    details.push(`- app's getAll requests before the chart: ${reads || 'none'}`);
    details.push(
      `- "Scope over time" heading ${fmt(ib.render.tHeading)}, chart svg ${fmt(ib.render.tSvg)}, ${ib.render.bars} bar rectangles ${fmt(ib.render.tDom)}, next frame ${fmt(ib.render.tFrame)}`,
    );
    details.push(`- long tasks (start+duration): ${longTasks || 'none'}`);
    details.push(`- all runs: ${r.insightsRender.map(fmt).join(', ')}`);
    details.push('');
  }
  return details;
}

/**
 * The details of the saves and of the heap at one size.
 * @param {SizeResult} r
 * @returns {string[]}
 */
function saveAndHeapDetails(r) {
  /** @type {string[]} */
  const details = [];
  const save = r.save;
  if (save) {
    const longest = save.longTasks.map((tasks) => Math.max(0, ...tasks.map(([, duration]) => duration ?? 0)));
    details.push(`Save an entry → list updated (entry ${save.entryId}), ms from the click:`);
    details.push('');
    details.push(`- next frame after the list showed the title: ${save.frameMs.map(fmt).join(', ')} (warm-up save ${fmt(save.warmUpMs)})`);
    details.push(`- the DOM change itself: median ${fmt(median(save.domMs))}, p95 ${fmt(percentile(save.domMs, 95))}`);
    details.push(
      `- React commits from the click to it: ${save.commits.join(', ')}; the longest long task of each save (0: none): ${longest.join(', ')}`,
    );
    details.push(`- raw IndexedDB put: ${save.rawPut.map(fmt).join(', ')}`);
    details.push('');
  }
  const heap = r.heap;
  if (heap) {
    details.push(
      `JS heap after full load (fully loaded and idle ${fmt(heap.loadedAt)} ms after the reload): ${heap.usedMb.toFixed(1)} MB used of ${heap.totalMb.toFixed(1)} MB reserved; holding every entry (${heap.records.toLocaleString('en-US')}, from one getAll) added ${heap.recordsMb.toFixed(1)} MB: the page's heap is ${(heap.usedMb / Math.max(heap.recordsMb, 0.001)).toFixed(1)}× what the entries alone take.`,
    );
    details.push('');
  }
  return details;
}

/** How the journal and the Insights screen were measured, for the report's method section. */
export function journalMethod() {
  return [
    '- Fully loaded and idle: from navigation start until the app last did anything: no IndexedDB request in flight, no idle callback pending (e.g. search-index warm-up), then 20 frames with no React commit and no long frame. Interactions are measured only after this.',
    `- First render: \`page.reload()\`, ${reloads} recorded runs after one warm-up, median; from navigation start (the document's time origin) until a \`[role=region][aria-label=Entries] article\` is visible and \`.journal-main [role=status]\` shows the full count, then the next animation frame. Baseline: \`indexedDB.open('${dbName}')\` + one \`getAll()\` on \`entries\` in the same page.`,
    `- Search: queries ${queries.map((q) => `"${q}"`).join(', ')} typed one character at a time, ${searchRounds} round(s), each keystroke after the previous one settled; a keystroke is a native value set + \`input\` event. Timed from the event to the first animation frame after the last React commit or DOM change in the journal, once React has no work pending (so the \`useDeferredValue\` render and follow-ups such as the virtualiser re-measuring rows are included), confirmed by 2 quiet frames. Frames are ~16.7 ms apart, so figures are in steps of about one frame. Baseline: \`records.filter(r => (r.title + ' ' + r.body).toLowerCase().includes(q))\` over the same records in memory, per prefix.`,
    `- Filters: every option of "Filter by kind" and "Filter by scope" then "All …", ${filterRounds} round(s), timed the same way. Baseline: \`records.filter(r => r.kind === v)\`.`,
    `- Save an entry → list updated: through the UI, as a user: in the journal (no search, no filter) the first article of \`[role=region][aria-label=Entries]\` (the newest entry) is opened, then "Edit", its "Title" filled with a new, unique value; once the editor says "Draft kept" and the app is quiet, "Save" is clicked (Playwright). Timed in the page from the click (a capture listener on \`window\`, before React's) to the next animation frame after that entry's article shows the new title (a MutationObserver); ${saveRuns} saves after one warm-up, median and p95. Baseline: one raw \`put\` of the same record with a new title in a read-write transaction on \`entries\`, until \`complete\`, in the same page, ${saveRuns} times after one warm-up; then the entry is put back as generated (a title and \`updatedAt\` change moves none of its counts).`,
    "- JS heap after full load: after a reload, once fully loaded and idle (as above), two `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage` of the DevTools protocol: the used size of the page's V8 heap (the journal's page is the only one open), in MB of 10^6 bytes; one measurement. Baseline: how much that heap then grows (again after garbage collection) with every entry read by one `getAll()` held in a variable: what the records alone take as plain objects.",
    `- Insights aggregation: in the page, over the same records read with one \`getAll()\`, the screen's pure functions (insights.ts, gaps.ts, quarters.ts and the default framework, bundled on their own by bench/aggregation.mjs with Vite's library mode) run as the screen runs them when it opens: \`periodQuarters\` for the picker ('all') and for the period, then \`scopeOverTime\`, \`activityByKind\`, \`competencyCoverage\` and \`findGaps\` for the latest quarter of the period (default framework, no growth targets), and \`awaitingOutcome\`. Periods: ${insightsPeriods.map((p) => `${p.name} (${JSON.stringify(p.period)})`).join(', ')}. ${aggregationRuns} runs after one cold run (shown in the details); the target applies to the median, as for the first render: with ${aggregationRuns} runs the p95 is close to the slowest run, which on a busy machine is often a pause of the whole renderer rather than the code. React's rendering of the charts is not included: that is in the Insights first render. Baseline: one loop over the records counting them per quarter key built from \`occurredOn.slice(…)\`.`,
    `- Insights first render: \`#/insights\`, then \`page.reload()\`, ${reloads} runs (no separate warm-up: the journal's reloads have just loaded the same bundle), median; from navigation start until the heading "Scope over time" is shown and the \`figure\` in its region has an \`svg\` with at least one \`.recharts-bar-rectangle\`, then the next animation frame. The screen opens on its default period (the last four quarters). Bounded: a render not done ${insightsTimeoutMs / 1000} s after the reload (BENCH_INSIGHTS_TIMEOUT) is abandoned with its page, and after a run over ${insightsSlowMs / 1000} s no more are made. Baseline: the journal's \`indexedDB.open\` + \`getAll()\` above, same page and data.`,
  ];
}
