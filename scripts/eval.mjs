// @ts-check
/**
 * `npm run eval`: the coach's quality, measured. Each suite in scripts/eval/ loads the app's own
 * TypeScript modules (through Vite's module runner, as the benchmark does) and scores them on a
 * fixed, labelled set; this prints one Markdown table and exits 1 when any row misses its target.
 * Unlike `npm run bench`, it is a gate: the figures are counts, not times, so they are the same on
 * every machine and every day.
 *
 * `EVAL_ONLY=names` (a comma-separated list of suite names) runs only those suites.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {object} EvalRow
 * @property {string} measure  what was measured, in words
 * @property {string} result   the figure, formatted ("0.97", "84 %")
 * @property {string} target   the target, formatted ("≥ 0.95")
 * @property {boolean} pass
 */
/**
 * @typedef {object} EvalSuite
 * @property {string} name    short name, for EVAL_ONLY
 * @property {EvalRow[]} rows
 * @property {string[]} [details]  lines printed under the table (what was counted, misses)
 */
/** @typedef {(relativePath: string) => Promise<any>} LoadModule  a project module by its path from the root */

/** @type {LoadModule} */
async function load(relativePath) {
  const { module } = await runnerImport(path.join(projectRoot, relativePath));
  return module;
}

const suiteFiles = ['./eval/suggestions.mjs', './eval/names.mjs'];
const only = (process.env.EVAL_ONLY ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

/** @type {EvalSuite[]} */
const suites = [];
for (const file of suiteFiles) {
  const name = path.basename(file, '.mjs');
  if (only.length > 0 && !only.includes(name)) continue;
  const suite = /** @type {{ evaluate: (load: LoadModule) => Promise<EvalSuite> }} */ (await import(file));
  suites.push(await suite.evaluate(load));
}

const lines = ['| Suite | Measure | Result | Target | |', '|---|---|---|---|---|'];
for (const suite of suites) {
  for (const row of suite.rows)
    lines.push(`| ${suite.name} | ${row.measure} | ${row.result} | ${row.target} | ${row.pass ? 'PASS' : '**FAIL**'} |`);
}
console.log(lines.join('\n'));
for (const suite of suites) {
  if (!suite.details?.length) continue;
  console.log(`\n${suite.name}:`);
  for (const line of suite.details) console.log(`- ${line}`);
}
const failed = suites.flatMap((suite) => suite.rows.filter((row) => !row.pass).map((row) => `${suite.name}: ${row.measure}`));
if (suites.length === 0) {
  console.error(`No suite is called ${only.join(', ')}.`);
  process.exit(1);
}
if (failed.length > 0) {
  console.error(`\n${failed.length} below target: ${failed.join('; ')}`);
  process.exit(1);
}
