// @ts-check
/**
 * Sync engine comparison for issue 17: the same 10,000-entry journal synced between two devices
 * through one shared folder (what Dropbox or Syncthing would carry), by each candidate design.
 *
 *     node bench/sync-compare/run.mjs [--runs 3] [--entries 10000] [--only key,key]
 *                                     [--runs-for key=n,key=n] [--conflict-entries 50] [--no-conflicts]
 *                                     [--timeout-min 15] [--verbose] [--keep-build]
 *
 * Design (a) needs Automerge, which is not among the project's dependencies (the app does not use
 * it, and its optional native packages unsettle `npm ci`'s lockfile check). Install it for a run:
 *
 *     npm install --no-save @automerge/automerge@3.5.0 @automerge/automerge-repo@2.5.6
 *
 * `--only` takes variant keys: automerge-per-entry, automerge-single, log-per-device (and, for the
 * conflict scenario, automerge-per-entry-body-assigned). `--verbose` echoes each run's progress.
 *
 * Each run of a design is a child process (fresh heap, fresh wasm instance, its own peak RSS) with
 * a fresh temporary folder. The parent prints a Markdown table of medians and the JSON of every
 * run, and writes both to `bench/sync-compare/results/` (not committed).
 *
 * Scenarios, per run:
 * 1. setup: device A creates the journal (`putEntries`) and syncs (publishes it to the folder);
 * 2. first sync: device B, empty, syncs and receives A's entries;
 * 3. settle: A syncs (takes in what B wrote), then B syncs: the quiet state the later steps start from;
 * 4. incremental: A edits 10 entries and syncs; B, which has not taken in A's edits yet, edits 10
 *    others and syncs; A syncs again. Both must then show all 20 edits (checked). The edits are made
 *    300 ms before each sync, so work a design does in the background after an edit is not timed as
 *    sync (its files are counted, though);
 * 5. bytes: the whole folder is walked after the setup, the first sync, the settle and the incremental
 *    syncs (sum of file sizes, allocated blocks, file count), and before and after each sync, to
 *    count the files each sync created, rewrote and deleted, and whether it touched any file outside
 *    its own `devices/<deviceId>/` (which a design for a synced folder must never do).
 * And once per design, on a small journal (`--conflict-entries`):
 * - conflicts: both devices edit the same entry's title and body before either syncs (body edits in
 *   different places, then the same word replaced on both); then A, B, A sync; the title and body on
 *   each device are reported, and whether they converge;
 * - title races: both devices set the titles of 8 entries at once (B's `updatedAt` 1 s later); whose
 *   title each entry keeps;
 * - churn: A edits one entry 100 times with a sync after each; the files created, rewritten and
 *   deleted (a store that compacts deletes files), and the growth of A's folder.
 *
 * ## The device interface each design implements
 *
 * An adapter module (`automerge.mjs` for design (a), `log-per-device.mjs` for design (b)) exports
 *
 *     export const variants: { key: string, label: string, options: object }[];
 *     export const conflictVariants?: same shape (extra variants run in the conflict scenario only);
 *     export async function createDevice(folder: string, deviceId: string, options: object): Promise<Device>;
 *
 * `folder` is the shared folder (the same path for both devices; a real device would see its own
 * synced copy of it). A device may read anything in it but create, change or delete files only
 * under `<folder>/devices/<deviceId>/`. See the `Device` type below.
 *
 * ## Design (b)
 *
 * The engine is TypeScript in `src-renderer/src/domain/sync/`. When
 * `src-renderer/src/domain/sync/index.ts` exists, this script first bundles it with Vite (an SSR
 * build, as `npx vite build --ssr` does, without the app's config) into
 * `bench/sync-compare/.build/sync-engine.mjs`, which `log-per-device.mjs` imports. When it does not
 * exist, or the adapter still throws "not yet wired", (b) is reported as skipped. The bundle is
 * deleted when the run ends (`--keep-build` keeps it): `prettier --check .` would flag it.
 */

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { conflictEdits, incrementalEdits, journal, journalSize } from './data.mjs';

/** @typedef {import('./data.mjs').Entry} Entry */

/**
 * One computer's copy of the journal, syncing through the shared folder.
 * @typedef {object} Device
 * @property {(entries: Entry[]) => Promise<void>} putEntries Adds entries made on this device (as
 *   typing or importing them would). They reach the folder at the next `sync()` at the latest.
 * @property {(id: string, changes: Partial<Entry>) => Promise<void>} editEntry Saves an edit of one
 *   entry as the editor's Save does: `changes` holds each changed field with its whole new value
 *   (`body` is the full new Markdown, not a diff) and a new `updatedAt`.
 * @property {() => Promise<void>} sync Writes this device's unsynced changes to the folder (only under
 *   `devices/<deviceId>/`) and takes in everything the other devices have written there. After
 *   `A.sync(); B.sync(); A.sync()` both devices must show every change made before the first call.
 * @property {() => Promise<Entry[]>} entries The entries as the app would show them now, as plain
 *   objects, in any order.
 * @property {() => Promise<void>} close Finishes pending writes and releases the device.
 * @property {(id: string, field: string) => string[]} [conflicts] Optional: the concurrent values the
 *   engine keeps for one field of one entry, for the conflict report.
 */

/**
 * @typedef {object} Adapter
 * @property {{ key: string, label: string, options: object }[]} variants
 * @property {{ key: string, label: string, options: object }[]} [conflictVariants]
 * @property {(folder: string, deviceId: string, options: object) => Promise<Device>} createDevice
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const engineEntry = path.join(repoRoot, 'src-renderer/src/domain/sync/index.ts');
const engineBuildDir = path.join(here, '.build');
const adapterFiles = { automerge: './automerge.mjs', logPerDevice: './log-per-device.mjs' };
/** How long an edit is made before the sync (see the scenario list above). */
const editLeadMs = 300;
let childTimeoutMs = 15 * 60_000;
let verbose = false;
/** Conflict scenario: entries whose title both devices set at once, and edits of one entry in a row. */
const titleRaces = 8;
const churnEdits = 100;

// ---------------------------------------------------------------------------------------------
// Helpers shared by the parent and the children.

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** JSON with object keys sorted, so two devices' copies of an entry compare equal whatever their key order. @param {unknown} value */
function canonical(value) {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  );
}

/** @param {Entry[]} entries */
const canonicalJournal = (entries) => canonical([...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));

/**
 * Every file under `root`: path relative to `root` → size, allocated bytes and modification time.
 * @param {string} root
 */
async function walk(root) {
  /** @type {Map<string, { size: number, allocated: number, mtimeMs: number }>} */
  const files = new Map();
  /** @type {string[]} */
  let names = [];
  try {
    names = /** @type {string[]} */ (await readdir(root, { recursive: true }));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  for (const name of names) {
    try {
      const stat = await lstat(path.join(root, name));
      if (stat.isFile()) files.set(name, { size: stat.size, allocated: stat.blocks * 512, mtimeMs: stat.mtimeMs });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
  }
  return files;
}

/** @param {Awaited<ReturnType<typeof walk>>} files */
function totals(files) {
  let bytes = 0;
  let allocated = 0;
  /** @type {Record<string, { files: number, bytes: number }>} */
  const byDevice = {};
  for (const [name, file] of files) {
    bytes += file.size;
    allocated += file.allocated;
    const [top, device] = name.split(path.sep);
    const owner = top === 'devices' && device ? device : '(outside devices/)';
    byDevice[owner] ??= { files: 0, bytes: 0 };
    byDevice[owner].files += 1;
    byDevice[owner].bytes += file.size;
  }
  return { files: files.size, bytes, allocated, byDevice };
}

/**
 * What happened in the folder between two walks, and whether any of it lies outside `deviceId`'s own files.
 * @param {Awaited<ReturnType<typeof walk>>} before
 * @param {Awaited<ReturnType<typeof walk>>} after
 * @param {string} deviceId
 */
function changes(before, after, deviceId) {
  const own = `devices${path.sep}${deviceId}${path.sep}`;
  let created = 0;
  let rewritten = 0;
  let deleted = 0;
  let bytesWritten = 0;
  /** @type {string[]} */
  const foreign = [];
  for (const [name, file] of after) {
    const old = before.get(name);
    if (!old) created += 1;
    else if (old.size !== file.size || old.mtimeMs !== file.mtimeMs) rewritten += 1;
    else continue;
    bytesWritten += file.size;
    if (!name.startsWith(own)) foreign.push(name);
  }
  for (const name of before.keys()) {
    if (after.has(name)) continue;
    deleted += 1;
    if (!name.startsWith(own)) foreign.push(name);
  }
  return { created, rewritten, deleted, bytesWritten, foreignFiles: foreign.length, foreignExamples: foreign.slice(0, 3) };
}

/** @param {string} key */
async function findVariant(key) {
  /** @type {string[]} */
  const failures = [];
  for (const file of Object.values(adapterFiles)) {
    /** @type {Adapter} */
    let adapter;
    try {
      adapter = await import(file);
    } catch (error) {
      failures.push(`${file}: ${/** @type {Error} */ (error).message}`);
      continue;
    }
    const variant = [...adapter.variants, ...(adapter.conflictVariants ?? [])].find((candidate) => candidate.key === key);
    if (variant) return { adapter, variant };
  }
  throw new Error(`no variant ${key}${failures.length ? ` (${failures.join('; ')})` : ''}`);
}

// ---------------------------------------------------------------------------------------------
// Children: one run of one design.

/**
 * @param {string} key
 * @param {number} count
 */
async function runTrial(key, count) {
  const { adapter, variant } = await findVariant(key);
  const entries = journal(count);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'sync-compare-'));
  /** @type {Record<string, number | boolean | string>} */
  const result = { variant: key, entries: count, loadBefore: os.loadavg()[0] };
  /** @type {Record<string, ReturnType<typeof changes> & { ms: number }>} */
  const syncs = {};
  /** @type {Record<string, ReturnType<typeof totals>>} */
  const folderAt = {};
  try {
    const a = await adapter.createDevice(folder, 'A', variant.options);
    const b = await adapter.createDevice(folder, 'B', variant.options);
    /** @type {Record<string, Device>} */
    const devices = { A: a, B: b };

    /** Progress on stderr, so a run that is stopped still tells how far it got. @param {string} what */
    const progress = (what) => process.stderr.write(`progress: ${what} (load ${os.loadavg()[0].toFixed(2)})\n`);

    /**
     * Times `devices[id].sync()` and records what it did to the folder since `before` (a walk taken
     * just before the sync, or earlier to include the device's own background writes since).
     * @param {string} label @param {'A' | 'B'} id @param {Awaited<ReturnType<typeof walk>>} [before]
     */
    const timedSync = async (label, id, before) => {
      const from = before ?? (await walk(folder));
      const start = performance.now();
      await devices[id].sync();
      const ms = performance.now() - start;
      syncs[label] = { ms, ...changes(from, await walk(folder), id) };
      progress(`${label}: ${Math.round(ms)} ms`);
      return ms;
    };

    // A creates the journal and publishes it, with nothing in between (a design may start writing
    // in the background as soon as entries change), so the two are also timed together.
    const empty = await walk(folder);
    let start = performance.now();
    await a.putEntries(entries);
    result.putMs = performance.now() - start;
    progress(`A creates ${count} entries: ${Math.round(result.putMs)} ms`);
    await a.sync();
    result.putAndPublishMs = performance.now() - start;
    result.publishMs = result.putAndPublishMs - result.putMs;
    syncs['A creates and publishes'] = { ms: result.putAndPublishMs, ...changes(empty, await walk(folder), 'A') };
    progress(`A publishes: ${Math.round(result.publishMs)} ms`);
    folderAt.afterPublish = totals(await walk(folder));

    result.firstSyncMs = await timedSync('B first sync', 'B');
    start = performance.now();
    const received = await b.entries();
    result.firstReadMs = performance.now() - start;
    result.firstSyncComplete = received.length === count && canonicalJournal(received) === canonicalJournal(entries);
    folderAt.afterFirstSync = totals(await walk(folder));

    result.echoSyncMs = await timedSync('A takes in B', 'A');
    result.settleSyncMs = await timedSync('B settles', 'B');
    folderAt.settled = totals(await walk(folder));

    // Each device edits, then syncs. B edits before it has taken in A's edits, so the two sets are
    // concurrent, as if both had been made at the same time. Each row's file counts start before
    // that device's edits, so files a design writes in the background after an edit are counted
    // (though not timed: the edits are made `editLeadMs` before the sync).
    const editsA = incrementalEdits(entries, 'A');
    const editsB = incrementalEdits(entries, 'B');
    const beforeIncremental = await walk(folder);
    start = performance.now();
    for (const edit of editsA) await a.editEntry(edit.id, edit.changes);
    result.editTenMs = performance.now() - start;
    await sleep(editLeadMs);
    const incrementalA = await timedSync('incremental: A edits, syncs', 'A', beforeIncremental);
    const beforeEditsOfB = await walk(folder);
    for (const edit of editsB) await b.editEntry(edit.id, edit.changes);
    await sleep(editLeadMs);
    const incremental = [
      incrementalA,
      await timedSync('incremental: B edits, syncs', 'B', beforeEditsOfB),
      await timedSync('incremental: A syncs again', 'A'),
    ];
    result.incrementalSyncMs = incremental.reduce((sum, ms) => sum + ms, 0);
    const afterIncremental = await walk(folder);
    folderAt.afterIncremental = totals(afterIncremental);
    result.incrementalFolderGrowth = folderAt.afterIncremental.bytes - folderAt.settled.bytes;
    const changed = changes(beforeIncremental, afterIncremental, '-');
    result.incrementalFilesChanged = changed.created + changed.rewritten + changed.deleted;

    const [onA, onB] = [await a.entries(), await b.entries()];
    const expected = new Map([...editsA, ...editsB].map((edit) => [edit.id, edit.changes.title]));
    result.converged = canonicalJournal(onA) === canonicalJournal(onB);
    result.editsEverywhere = [onA, onB].every(
      (list) => list.filter((entry) => expected.get(entry.id) === entry.title).length === expected.size,
    );
    await a.close();
    await b.close();
    result.maxRssMb = process.resourceUsage().maxRSS / 1024;
    result.loadAfter = os.loadavg()[0];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return { ...result, syncs, folder: folderAt };
}

/**
 * @param {string} key
 * @param {number} count
 */
async function runConflicts(key, count) {
  const { adapter, variant } = await findVariant(key);
  const entries = journal(count);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'sync-compare-conflict-'));
  const cases = [];
  try {
    const a = await adapter.createDevice(folder, 'A', variant.options);
    const b = await adapter.createDevice(folder, 'B', variant.options);
    await a.putEntries(entries);
    await a.sync();
    await b.sync();
    await a.sync();
    await b.sync();
    for (const [index, kind] of /** @type {const} */ ([
      [10, 'separate'],
      [11, 'same'],
    ])) {
      const entry = entries[index];
      const edits = conflictEdits(entry, kind);
      await a.editEntry(entry.id, edits.A);
      await b.editEntry(entry.id, edits.B);
      await sleep(editLeadMs);
      await a.sync();
      await b.sync();
      await a.sync();
      const onA = (await a.entries()).find((candidate) => candidate.id === entry.id);
      const onB = (await b.entries()).find((candidate) => candidate.id === entry.id);
      const marks = kind === 'separate' ? { A: 'Rewritten on A:', B: 'Paragraph added on B.' } : { A: "[A's wording]", B: "[B's wording]" };
      /** @param {Entry | undefined} copy */
      const describe = (copy) =>
        copy && {
          title: copy.title,
          updatedAt: copy.updatedAt,
          bodyHasEditOfA: copy.body.includes(marks.A),
          bodyHasEditOfB: copy.body.includes(marks.B),
          bodyIsAsWrittenBy: copy.body === edits.A.body ? 'A' : copy.body === edits.B.body ? 'B' : 'neither (merged)',
          body: copy.body,
        };
      cases.push({
        kind,
        original: { title: entry.title, body: entry.body },
        edits,
        A: describe(onA),
        B: describe(onB),
        converged: canonical(onA) === canonical(onB),
        titleConflictsKept: a.conflicts ? a.conflicts(entry.id, 'title') : null,
      });
    }

    // Who wins a title both devices set concurrently, over several entries (each its own race).
    const titleWinners = { A: 0, B: 0, other: 0 };
    const raced = entries.slice(20, 20 + titleRaces);
    for (const entry of raced) {
      await a.editEntry(entry.id, { title: `${entry.title} (A)`, updatedAt: '2026-04-03T10:00:00.000Z' });
      await b.editEntry(entry.id, { title: `${entry.title} (B)`, updatedAt: '2026-04-03T10:00:01.000Z' });
    }
    await a.sync();
    await b.sync();
    await a.sync();
    const afterRaces = await a.entries();
    for (const entry of raced) {
      const title = afterRaces.find((candidate) => candidate.id === entry.id)?.title;
      if (title === `${entry.title} (A)`) titleWinners.A += 1;
      else if (title === `${entry.title} (B)`) titleWinners.B += 1;
      else titleWinners.other += 1;
    }
    const titleRacesConverged = canonicalJournal(afterRaces) === canonicalJournal(await b.entries());

    // Churn: one entry edited and synced again and again on A. Counts what each sync does to the
    // folder: a store that compacts deletes and rewrites files.
    const churnEntry = entries[30];
    const churn = { edits: churnEdits, created: 0, rewritten: 0, deleted: 0, syncsThatDeleted: 0, bytesOfABefore: 0, bytesOfAAfter: 0 };
    const own = `devices${path.sep}A${path.sep}`;
    /** @param {Awaited<ReturnType<typeof walk>>} files */
    const bytesOfA = (files) => [...files].filter(([name]) => name.startsWith(own)).reduce((sum, [, file]) => sum + file.size, 0);
    let before = await walk(folder);
    churn.bytesOfABefore = bytesOfA(before);
    for (let edit = 1; edit <= churnEdits; edit += 1) {
      await a.editEntry(churnEntry.id, {
        body: `${churnEntry.body}\n\nRevision ${edit}.`,
        updatedAt: new Date(Date.UTC(2026, 3, 4) + edit * 60_000).toISOString(),
      });
      await a.sync();
      const after = await walk(folder);
      const changed = changes(before, after, 'A');
      churn.created += changed.created;
      churn.rewritten += changed.rewritten;
      churn.deleted += changed.deleted;
      if (changed.deleted) churn.syncsThatDeleted += 1;
      before = after;
    }
    churn.bytesOfAAfter = bytesOfA(before);
    await b.sync();
    const churnConverged = canonicalJournal(await a.entries()) === canonicalJournal(await b.entries());

    await a.close();
    await b.close();
    return {
      variant: key,
      label: variant.label,
      options: variant.options,
      entries: count,
      cases,
      titleRaces: { races: raced.length, winners: titleWinners, converged: titleRacesConverged },
      churn: { ...churn, converged: churnConverged },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Parent.

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const flags = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) flags[arg.slice(2)] = 'true';
    else {
      flags[arg.slice(2)] = next;
      i += 1;
    }
  }
  return flags;
}

/**
 * Runs this script as a child in `mode` for `key`; resolves with the JSON it prints last.
 * @param {string[]} args
 * @returns {Promise<{ ok: true, value: any } | { ok: false, error: string }>}
 */
function child(args) {
  return new Promise((resolve) => {
    const process_ = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    process_.stdout.on('data', (chunk) => (stdout += chunk));
    process_.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (verbose) process.stderr.write(`  ${String(chunk).trimEnd().replaceAll('\n', '\n  ')}\n`);
    });
    const timer = setTimeout(() => process_.kill('SIGKILL'), childTimeoutMs);
    process_.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve({ ok: true, value: JSON.parse(last) });
      else {
        const error = stderr.split('\n').find((line) => /Error/.test(line)) ?? `exit ${code ?? signal}`;
        const reached = stderr
          .split('\n')
          .filter((line) => line.startsWith('progress: '))
          .pop()
          ?.slice('progress: '.length);
        resolve({ ok: false, error: reached ? `${error}; last step done: ${reached}` : error });
      }
    });
  });
}

/** Bundles design (b)'s engine when its source exists. */
async function buildEngine() {
  if (!existsSync(engineEntry)) return { built: false, reason: `${path.relative(repoRoot, engineEntry)} does not exist yet` };
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: repoRoot,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: engineEntry,
      outDir: engineBuildDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'sync-engine.mjs' } },
    },
  });
  return { built: true, file: path.relative(repoRoot, path.join(engineBuildDir, 'sync-engine.mjs')) };
}

/** @param {string} dir */
async function du(dir) {
  let bytes = 0;
  for (const file of (await walk(dir)).values()) bytes += file.allocated;
  return bytes;
}

async function environment() {
  /** @param {string} name */
  const version = async (name) => JSON.parse(await readFile(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  // automerge-repo and the packages it pulls in that the app would not otherwise have.
  const repoDependencies = ['bs58check', 'base-x', 'cbor-x', 'debug', 'ms', 'eventemitter3', 'fast-sha256', 'uuid', 'xstate'];
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const name of ['@automerge/automerge', '@automerge/automerge-repo', ...repoDependencies]) {
    if (existsSync(path.join(repoRoot, 'node_modules', name))) sizes[name] = await du(path.join(repoRoot, 'node_modules', name));
  }
  return {
    node: process.version,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    automerge: await version('@automerge/automerge'),
    automergeRepo: await version('@automerge/automerge-repo'),
    nodeModulesBytes: sizes,
  };
}

/** @param {number} bytes */
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
/** @param {number} ms */
const ms = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/**
 * @param {{ key: string, label: string }[]} variants
 * @param {Record<string, { runs: any[], errors: string[], skipped?: string }>} results
 */
function table(variants, results) {
  const lines = [
    '| design | runs | B first sync | incremental sync (A, B, A) | folder after first sync | after settle | after incremental | files in folder | A creates + publishes | A takes in B once | peak RSS | converged |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { key, label } of variants) {
    const { runs, errors, skipped } = results[key];
    if (!runs.length) {
      lines.push(`| ${label} | 0 | ${skipped ?? errors[0] ?? 'no run'} | | | | | | | | | |`);
      continue;
    }
    /** @param {(run: any) => number} pick */
    const m = (pick) => median(runs.map(pick));
    lines.push(
      `| ${label} | ${runs.length} | ${ms(m((r) => r.firstSyncMs))} | ${ms(m((r) => r.incrementalSyncMs))} ` +
        `| ${mb(m((r) => r.folder.afterFirstSync.bytes))} | ${mb(m((r) => r.folder.settled.bytes))} | ${mb(m((r) => r.folder.afterIncremental.bytes))} ` +
        `| ${m((r) => r.folder.afterIncremental.files)} | ${ms(m((r) => r.putAndPublishMs))} | ${ms(m((r) => r.echoSyncMs))} ` +
        `| ${Math.round(m((r) => r.maxRssMb))} MB | ${runs.every((r) => r.converged && r.editsEverywhere && r.firstSyncComplete) ? 'yes' : 'NO'} |`,
    );
  }
  return lines.join('\n');
}

/** @param {any[]} runs */
function syncDetails(runs) {
  const labels = Object.keys(runs[0].syncs);
  const lines = [
    '| sync | median time | files created | rewritten | deleted | bytes written | files outside own folder |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const label of labels) {
    /** @param {string} field */
    const m = (field) => median(runs.map((run) => run.syncs[label][field]));
    lines.push(
      `| ${label} | ${ms(m('ms'))} | ${m('created')} | ${m('rewritten')} | ${m('deleted')} | ${mb(m('bytesWritten'))} | ${Math.max(...runs.map((run) => run.syncs[label].foreignFiles))} |`,
    );
  }
  return lines.join('\n');
}

/** @param {any} result */
function conflictReport(result) {
  const lines = [`#### ${result.label} ${JSON.stringify(result.options)}`, ''];
  for (const c of result.cases) {
    lines.push(
      `- **${c.kind}**: converged: ${c.converged ? 'yes' : 'NO'}; title on A "${c.A?.title}", on B "${c.B?.title}"` +
        `${c.titleConflictsKept?.length ? ` (values kept as conflicts: ${c.titleConflictsKept.map((/** @type {string} */ v) => `"${v}"`).join(', ')})` : ''}` +
        `; updatedAt on A ${c.A?.updatedAt}, on B ${c.B?.updatedAt}` +
        `; body on A: ${c.A?.bodyIsAsWrittenBy}, keeps A's edit: ${c.A?.bodyHasEditOfA}, keeps B's edit: ${c.A?.bodyHasEditOfB}` +
        `; body on B: ${c.B?.bodyIsAsWrittenBy}, keeps A's edit: ${c.B?.bodyHasEditOfA}, keeps B's edit: ${c.B?.bodyHasEditOfB}`,
    );
    if (c.kind === 'same') lines.push(`  - first 80 characters of the body on A: \`${JSON.stringify(c.A?.body.slice(0, 80))}\``);
  }
  const { races, winners, converged } = result.titleRaces;
  lines.push(
    `- **title races** on ${races} entries (A and B each set the title, B's updatedAt 1 s later): A's title kept ${winners.A}×, B's ${winners.B}×, other ${winners.other}×; converged: ${converged ? 'yes' : 'NO'}`,
  );
  const churn = result.churn;
  lines.push(
    `- **churn**: ${churn.edits} edits of one entry on A, each followed by A's sync: files created ${churn.created}, rewritten ${churn.rewritten}, deleted ${churn.deleted} ` +
      `(${churn.syncsThatDeleted} syncs deleted files); A's folder ${churn.bytesOfABefore} → ${churn.bytesOfAAfter} bytes; B converged after one sync: ${churn.converged ? 'yes' : 'NO'}`,
  );
  return lines.join('\n');
}

async function main() {
  const flags = parseArgs(process.argv.slice(2));
  const count = Number(flags.entries ?? journalSize);
  if (flags.trial) {
    process.stdout.write(`${JSON.stringify(await runTrial(flags.trial, count))}\n`);
    return;
  }
  if (flags.conflict) {
    process.stdout.write(`${JSON.stringify(await runConflicts(flags.conflict, count))}\n`);
    return;
  }

  const runs = Number(flags.runs ?? 3);
  verbose = flags.verbose === 'true';
  if (flags['timeout-min']) childTimeoutMs = Number(flags['timeout-min']) * 60_000;
  const conflictCount = Number(flags['conflict-entries'] ?? 50);
  const only = flags.only ? new Set(flags.only.split(',')) : null;
  /** @type {Record<string, number>} */
  const runsFor = Object.fromEntries(
    (flags['runs-for'] ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])]),
  );
  const started = performance.now();
  const env = await environment();
  console.error(`environment: ${JSON.stringify(env)}`);

  const engine = await buildEngine().catch((error) => ({ built: false, reason: `the Vite build failed: ${error.message}` }));
  console.error(`design (b) engine: ${JSON.stringify(engine)}`);

  /** @type {Adapter} */
  const automerge = await import(adapterFiles.automerge);
  /** @type {Adapter | null} */
  const logPerDevice = await import(adapterFiles.logPerDevice).catch(() => null);
  const bVariants = logPerDevice?.variants ?? [{ key: 'log-per-device', label: '(b) log per device', options: {} }];
  const variants = [...automerge.variants, ...bVariants].filter((variant) => !only || only.has(variant.key));
  const conflictVariants = [...automerge.variants, ...(automerge.conflictVariants ?? []), ...bVariants].filter(
    (variant) => !only || only.has(variant.key),
  );
  const isB = (/** @type {string} */ key) => bVariants.some((variant) => variant.key === key);
  const bSkipped = !engine.built ? `skipped: ${'reason' in engine ? engine.reason : ''}` : null;

  /** @type {Record<string, { runs: any[], errors: string[], skipped?: string }>} */
  const results = {};
  for (const variant of variants) {
    results[variant.key] = { runs: [], errors: [] };
    if (isB(variant.key) && bSkipped) {
      results[variant.key].skipped = bSkipped;
      console.error(`${variant.key}: ${bSkipped}`);
      continue;
    }
    const n = runsFor[variant.key] ?? runs;
    for (let run = 1; run <= n; run += 1) {
      const t = performance.now();
      const outcome = await child(['--trial', variant.key, '--entries', String(count)]);
      if (outcome.ok) results[variant.key].runs.push({ run, ...outcome.value });
      else {
        results[variant.key].errors.push(outcome.error);
        if (/not yet wired/.test(outcome.error)) results[variant.key].skipped = 'skipped: log-per-device.mjs is not wired yet';
      }
      console.error(`${variant.key} run ${run}/${n}: ${outcome.ok ? 'ok' : outcome.error} (${ms(performance.now() - t)})`);
      if (!outcome.ok) break;
    }
  }

  /** @type {any[]} */
  const conflicts = [];
  if (flags['no-conflicts'] !== 'true') {
    for (const variant of conflictVariants) {
      if (isB(variant.key) && (bSkipped || results[variant.key]?.skipped)) continue;
      const outcome = await child(['--conflict', variant.key, '--entries', String(conflictCount)]);
      conflicts.push(outcome.ok ? outcome.value : { variant: variant.key, label: variant.label, error: outcome.error });
      console.error(`conflict ${variant.key}: ${outcome.ok ? 'ok' : outcome.error}`);
    }
  }

  const report = {
    date: new Date().toISOString(),
    entries: count,
    environment: env,
    loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))),
    totalSeconds: Math.round((performance.now() - started) / 1000),
    engine,
    results,
    conflicts,
  };
  const markdown = [
    `### Sync comparison, ${count.toLocaleString('en-US')} entries (medians)`,
    '',
    table(variants, results),
    '',
    ...variants.flatMap(({ key, label }) =>
      results[key].runs.length ? [`#### Syncs of ${label}`, '', syncDetails(results[key].runs), ''] : [],
    ),
    '### Conflicts',
    '',
    ...conflicts.map((result) => (result.error ? `- ${result.label}: ${result.error}` : conflictReport(result))),
    '',
  ].join('\n');
  await mkdir(path.join(here, 'results'), { recursive: true });
  await writeFile(path.join(here, 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(here, 'results', 'latest.md'), markdown);
  // The bundle is not formatted as the repository's Prettier check wants, so it does not outlive the run.
  if (engine.built && flags['keep-build'] !== 'true') await rm(engineBuildDir, { recursive: true, force: true });
  console.log(markdown);
  console.log('```json');
  console.log(JSON.stringify(report));
  console.log('```');
}

await main();
