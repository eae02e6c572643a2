// @ts-check
/**
 * Builds main-process code of the app for Node, in memory, and imports it: Vite's SSR build (Node
 * resolution and conditions, no browser stubs), every package bundled in, Node's built-in modules
 * left as real imports. The result is an ES module imported from a `data:` URL (which can import
 * `node:` modules but no package), so nothing is written to disk. aggregation.mjs's `bundle()`
 * builds for the page instead: there `node:crypto` would become an empty stub.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'vite';
import { benchDir, projectRoot } from './config.mjs';

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * @param {string} entry a file in bench/
 * @returns {Promise<string>} the code of the one chunk, an ES module
 */
async function buildForNode(entry) {
  const output = await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    publicDir: false,
    ssr: { target: 'node', noExternal: true },
    build: {
      write: false,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      ssr: path.join(benchDir, entry),
      rolldownOptions: {
        external: (id) => builtins.has(id),
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  if (!first || !('output' in first)) throw new Error(`vite build of bench/${entry} for Node returned no output`);
  const chunks = first.output.filter((o) => o.type === 'chunk');
  const chunk = chunks[0];
  if (chunks.length !== 1 || !chunk || chunk.type !== 'chunk') {
    throw new Error(`vite build of bench/${entry} for Node produced ${chunks.length} chunks, not one`);
  }
  // Every import left must be a real built-in module: a package left out would fail to resolve
  // from the data: URL, and a browser stub of a built-in would break the code under test silently.
  const imported = [...chunk.code.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
  const foreign = imported.filter((id) => !builtins.has(id));
  if (foreign.length > 0) throw new Error(`bench/${entry} built for Node still imports ${foreign.join(', ')}`);
  if (chunk.code.includes('__vite-browser-external')) throw new Error(`bench/${entry} built for Node has a browser stub of a Node module`);
  return chunk.code;
}

/**
 * Builds `entry` (a file in bench/) for Node and imports it.
 * @param {string} entry
 * @returns {Promise<{ module: any, imports: string[] }>} the module, and the built-in modules it imports
 */
export async function importForNode(entry) {
  const code = await buildForNode(entry);
  const imports = [...new Set([...code.matchAll(/^import\b[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? ''))].sort();
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return { module, imports };
}
