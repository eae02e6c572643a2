// @ts-check
/**
 * Compares the journal's search with search libraries on the bench's generated journal
 * (generate.mjs, the same entries as `npm run bench`): index build time and memory, each
 * keystroke of the bench's queries typed one character at a time, one entry changed or removed,
 * the search's unit-test cases (search-ranking-cases.mjs), and how far each candidate's matches
 * differ from the hand-written search's.
 *
 *   node --expose-gc bench/search-compare.mjs
 *
 * Environment: SEARCH_COMPARE_SIZES ("10000,50000"), SEARCH_COMPARE_ROUNDS (5: each query typed
 * that many times), SEARCH_COMPARE_ALL=1 to measure every candidate at every size (FlexSearch's
 * "full" index is otherwise left out above 10,000 entries). Prints Markdown and writes it to bench/results/search-compare.md. Node runs
 * the app's search.ts after Vite bundles it in memory (Node 20 cannot strip TypeScript).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { benchDir, projectRoot, queries } from './config.mjs';
import { generateEntries } from './generate.mjs';
import { candidates } from './search-candidates.mjs';
import { rankingCases, semanticProbes } from './search-ranking-cases.mjs';
import { fmt, median, percentile } from './stats.mjs';

const sizes = (process.env.SEARCH_COMPARE_SIZES ?? '10000,50000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const rounds = Number(process.env.SEARCH_COMPARE_ROUNDS ?? 5);
const measuresAll = process.env.SEARCH_COMPARE_ALL === '1';
/** A fixed last day: only the dates depend on it, and a fixed one keeps the order the same every day. */
const lastDay = '2026-12-01';
/** Entries changed, then removed, to time an index's update. */
const updates = 200;
/** The journal lists the best 500 matches of a ranked search first. */
const listed = 500;

/** The app's search.ts as an ES module. */
async function loadSearch() {
  const output = await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(benchDir, 'search-entry.mjs'), formats: ['es'], fileName: () => 'search.js' },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  const chunk = first && 'output' in first ? first.output.find((o) => o.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite build of bench/search-entry.mjs produced no chunk');
  return import(`data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`);
}

/** Heap in use after a full collection (MB), or NaN without --expose-gc. */
function heapMb() {
  if (typeof globalThis.gc !== 'function') return NaN;
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** @param {() => unknown} action */
function timed(action) {
  const start = performance.now();
  const value = action();
  return { ms: performance.now() - start, value };
}

/**
 * Runs the unit-test cases against one candidate.
 * @param {any} search @param {import('./search-candidates.mjs').Candidate} candidate
 * @returns {string[]} the cases that fail
 */
function failedCases(search, candidate) {
  const failed = [];
  for (const testCase of rankingCases) {
    const state = candidate.build(testCase.entries);
    const found = candidate.search(state, testCase.entries, { ...search.noFilters, ...testCase.filters });
    let isPass = testCase.expected
      ? JSON.stringify(found.map((entry) => entry.title)) === JSON.stringify(testCase.expected)
      : found.length === testCase.expectedCount;
    if (isPass && testCase.after) {
      candidate.update(state, testCase.entries[0], testCase.after.entries[0], testCase.after.entries);
      isPass =
        candidate.search(state, testCase.after.entries, { ...search.noFilters, ...testCase.after.filters }).length ===
        testCase.after.expectedCount;
    }
    if (!isPass) failed.push(testCase.name);
  }
  return failed;
}

/**
 * Everything measured for one candidate at one size.
 * @param {any} search @param {import('./search-candidates.mjs').Candidate} candidate @param {any[]} entries
 * @param {Map<string, any[]>} reference the hand-written results by query
 */
function measure(search, candidate, entries, reference) {
  const built = timed(() => candidate.build(entries));
  let state = built.value;
  /** @type {number[]} */
  const keystrokes = [];
  let worst = { ms: 0, prefix: '' };
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      for (let length = 1; length <= query.length; length += 1) {
        const prefix = query.slice(0, length);
        const { ms } = timed(() => candidate.search(state, entries, { ...search.noFilters, text: prefix }));
        keystrokes.push(ms);
        if (ms > worst.ms) worst = { ms, prefix };
      }
      candidate.search(state, entries, search.noFilters);
    }
  }
  /** @type {{ name: string, count: number, sameTop: number | null, sameOrder: boolean }[]} */
  const agreement = [];
  for (const [name, text] of [...queries.map((query) => [query, query]), ...semanticProbes.map((probe) => [probe.name, probe.text])]) {
    const found = candidate.search(state, entries, { ...search.noFilters, text });
    const expected = reference.get(text) ?? [];
    const top = new Set(expected.slice(0, listed));
    const sameTop = top.size === 0 ? null : found.slice(0, listed).filter((entry) => top.has(entry)).length / top.size;
    const sameOrder = found.length === expected.length && found.every((entry, index) => entry === expected[index]);
    agreement.push({ name, count: found.length, sameTop, sameOrder });
  }
  // One entry edited (its title), then removed, each on a journal that no longer has the old one.
  let current = entries;
  const step = Math.floor(entries.length / updates);
  const updateMs = [];
  for (let index = 0; index < entries.length && updateMs.length < updates; index += step) {
    const before = current[index];
    const after = { ...before, title: `${before.title} revised`, updatedAt: '2027-01-01T00:00:00.000Z' };
    current = current.with(index, after);
    updateMs.push(timed(() => candidate.update(state, before, after, current)).ms);
  }
  const removeMs = [];
  for (let count = 0; count < updates; count += 1) {
    const index = (count * 7919) % current.length;
    const entry = current[index];
    current = current.toSpliced(index, 1);
    removeMs.push(timed(() => candidate.remove(state, entry, current)).ms);
  }
  // The index's memory: the heap with it, less the heap once it is dropped.
  const heapWith = heapMb();
  state = null;
  built.value = null;
  const memory = heapWith - heapMb();
  return { buildMs: built.ms, memory, keystrokes, worst, agreement, updateMs: median(updateMs), removeMs: median(removeMs) };
}

async function main() {
  const search = await loadSearch();
  const engines = candidates(search);
  const lines = [
    '# Search engines compared',
    '',
    `Node ${process.version}; ${rounds} rounds of ${queries.map((q) => `"${q}"`).join(', ')} typed one character at a time.`,
    '',
  ];

  lines.push('## The search unit tests', '', '| candidate | matching | cases passed | failed |', '| --- | --- | --- | --- |');
  for (const engine of engines) {
    const failed = failedCases(search, engine);
    lines.push(
      `| ${engine.name} | ${engine.semantics} | ${rankingCases.length - failed.length} / ${rankingCases.length} | ${failed.join('; ') || '—'} |`,
    );
  }

  for (const size of sizes) {
    const entries = generateEntries(0, size, undefined, lastDay).sort(search.compareNewestFirst);
    const referenceIndex = new search.SearchIndex();
    const texts = [...queries, ...semanticProbes.map((probe) => probe.text)];
    const reference = new Map(texts.map((text) => [text, search.searchEntries(entries, { ...search.noFilters, text }, referenceIndex)]));
    lines.push('', `## ${size.toLocaleString('en-US')} entries`, '');
    lines.push('| candidate | build (ms) | heap (MB) | keystroke p50 (ms) | p95 | max (at) | edit one (ms) | remove one (ms) |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    const agreementRows = [];
    for (const engine of engines) {
      if (!measuresAll && engine.maxSize !== undefined && size > engine.maxSize) {
        lines.push(
          `| ${engine.name} | not measured above ${engine.maxSize.toLocaleString('en-US')} entries (SEARCH_COMPARE_ALL=1) | | | | | | |`,
        );
        continue;
      }
      try {
        const result = measure(search, engine, entries, reference);
        const { keystrokes, worst } = result;
        lines.push(
          `| ${engine.name} | ${fmt(result.buildMs)} | ${fmt(result.memory)} | ${fmt(median(keystrokes))} | ${fmt(percentile(keystrokes, 95))} | ${fmt(worst.ms)} ("${worst.prefix}") | ${fmt(result.updateMs)} | ${fmt(result.removeMs)} |`,
        );
        agreementRows.push(
          `| ${engine.name} | ${result.agreement.map((a) => `${a.count.toLocaleString('en-US')}${a.sameOrder ? ' =' : ''} (${a.sameTop === null ? '—' : `${Math.round(a.sameTop * 100)} %`})`).join(' | ')} |`,
        );
      } catch (error) {
        lines.push(`| ${engine.name} | failed: ${error instanceof Error ? error.message : String(error)} | | | | | | |`);
      }
      console.error(`${size}: ${engine.name} done`);
    }
    lines.push(
      '',
      `Matches per query, "=" when the same entries in the same order as the hand-written search, and in brackets the share of its best ${listed} also among the candidate's best ${listed}:`,
      '',
    );
    lines.push(`| candidate | ${[...queries, ...semanticProbes.map((probe) => probe.name)].join(' | ')} |`);
    lines.push(`| --- |${' --- |'.repeat(texts.length)}`);
    lines.push(...agreementRows);
  }

  const report = `${lines.join('\n')}\n`;
  process.stdout.write(report);
  await mkdir(path.join(benchDir, 'results'), { recursive: true });
  await writeFile(path.join(benchDir, 'results', 'search-compare.md'), report);
}

await main();
