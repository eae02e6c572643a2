// @ts-check
/**
 * Builds the Insights screen's pure shaping functions (bench/insights-entry.mjs: insights.ts,
 * gaps.ts, quarters.ts and the default framework) into one small IIFE with Vite's library mode, in
 * memory, so the benchmark can run them inside the page over the seeded records. The app's own
 * bundle does not expose them. Minified like the app's build, so V8 sees comparable code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** The global the bundle defines in the page. */
export const insightsGlobal = '__benchInsights';

/**
 * @returns {Promise<string>} the bundle's code: a script that defines `window.__benchInsights`
 */
export async function buildInsightsBundle() {
  const output = await build({
    configFile: false,
    root: path.resolve(benchDir, '..'),
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry: path.join(benchDir, 'insights-entry.mjs'),
        formats: ['iife'],
        name: insightsGlobal,
        fileName: () => 'bench-insights.js',
      },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  if (!first || !('output' in first)) throw new Error('vite build of the Insights functions returned no output');
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite build of the Insights functions produced no chunk');
  return chunk.code;
}
