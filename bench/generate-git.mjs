// @ts-check
/**
 * A generated git repository for the Inbox's "Scan git history (one year)" row: a year of a busy
 * team's history, written with `git fast-import` (seconds, not the minutes 50,000 `git commit`s
 * take). Deterministic: the same commits, authors, dates and files for the same arguments.
 *
 * Forty people work on one main branch. Most work arrives as pull requests (a branch of two to
 * four commits, then GitHub's "Merge pull request #N from team/branch" merge commit); the rest is
 * committed to main directly. Every commit changes one to three files in a dozen top folders, so
 * `--numstat` has real lines to count. One person is the user of the Inbox (`userEmail`): about a
 * twentieth of the pull requests and direct commits are theirs; a bot bumps dependencies too.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRandom as random } from '../src-renderer/src/domain/sample/seededRandom.mjs';

export const userName = 'Ada Lovelace';
export const userEmail = 'ada@work.example';

const people = Array.from({ length: 40 }, (_, index) =>
  index === 0 ? { name: userName, email: userEmail } : { name: `Engineer ${index}`, email: `engineer${index}@work.example` },
);
const bot = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };
const folders = ['api', 'web', 'mobile', 'infra', 'docs', 'billing', 'search', 'auth', 'data', 'tools', 'payments', 'growth'];

/**
 * Writes the repository into `folder` (created, must be new or empty) and returns what it holds.
 * @param {string} folder
 * @param {{ commits?: number, lastDay: string, days?: number }} options  `lastDay` YYYY-MM-DD: the newest commit's day
 * @returns {Promise<{ commits: number, merges: number, userCommits: number, firstDay: string }>}
 */
export async function generateGitRepository(folder, { commits = 50_000, lastDay, days = 360 }) {
  await mkdir(folder, { recursive: true });
  await run('git', ['init', '-q', '-b', 'main', folder]);
  const next = random(2026);
  const pick = /** @template T @param {readonly T[]} list @returns {T} */ (list) =>
    /** @type {T} */ (list[Math.floor(next() * list.length)]);
  const end = Date.parse(`${lastDay}T18:00:00Z`) / 1000;
  const start = end - days * 86_400;
  /** @type {string[]} */
  const chunks = [];
  let mark = 0;
  let written = 0;
  let merges = 0;
  let userCommits = 0;
  let mainTip = 0;
  let pullRequest = 0;
  /** The version of each file, so every change has lines to count. @type {Map<string, number>} */
  const versions = new Map();

  /** @param {number} index */
  const timeOf = (index) => Math.floor(start + ((end - start) * index) / commits);

  /**
   * One commit changing 1–3 files; returns its mark.
   * @param {{ name: string, email: string }} author
   * @param {string} message
   * @param {number} parent  0 for none
   * @param {number} [mergeParent]
   */
  const commit = (author, message, parent, mergeParent) => {
    /** @type {string[]} */
    const changes = [];
    if (mergeParent === undefined) {
      const count = 1 + Math.floor(next() * 3);
      for (let file = 0; file < count; file += 1) {
        const path = `${pick(folders)}/module-${Math.floor(next() * 40)}/file-${Math.floor(next() * 8)}.ts`;
        const version = (versions.get(path) ?? 0) + 1;
        versions.set(path, version);
        const lines = 3 + Math.floor(next() * 20);
        const content =
          Array.from({ length: lines }, (_, line) => `export const value${line} = ${version * 100 + line};`).join('\n') + '\n';
        mark += 1;
        chunks.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
        changes.push(`M 100644 :${mark} ${path}\n`);
      }
    }
    mark += 1;
    const time = timeOf(written);
    const body = Buffer.byteLength(message);
    chunks.push(
      `commit refs/heads/main\nmark :${mark}\nauthor ${author.name} <${author.email}> ${time} +0100\n` +
        `committer ${author.name} <${author.email}> ${time} +0100\ndata ${body}\n${message}\n` +
        (parent ? `from :${parent}\n` : '') +
        (mergeParent ? `merge :${mergeParent}\n` : '') +
        changes.join('') +
        '\n',
    );
    written += 1;
    if (author === people[0]) userCommits += 1;
    return mark;
  };

  while (written < commits) {
    const roll = next();
    const author = next() < 0.05 ? people[0] : pick(people.slice(1));
    if (roll < 0.55 && commits - written >= 5) {
      // A pull request: a branch of 2–4 commits from main's tip, merged back.
      pullRequest += 1;
      const length = 2 + Math.floor(next() * 3);
      let tip = mainTip;
      for (let index = 0; index < length; index += 1) tip = commit(author, `Work on ${pick(folders)} step ${index + 1}`, tip);
      mainTip = commit(
        author,
        `Merge pull request #${pullRequest} from team/feature-${pullRequest}\n\nImprove ${pick(folders)} for case ${pullRequest}`,
        mainTip,
        tip,
      );
      merges += 1;
    } else if (roll < 0.6) {
      mainTip = commit(bot, `Bump dependency-${Math.floor(next() * 90)} from 1.0.0 to 1.0.1`, mainTip);
    } else {
      mainTip = commit(author, `Fix ${pick(folders)} edge case ${written}`, mainTip);
    }
  }
  await run('git', ['-C', folder, 'fast-import', '--quiet'], chunks.join(''));
  await run('git', ['-C', folder, 'reset', '-q', '--hard', 'main']);
  const firstDay = new Date(timeOf(0) * 1000).toISOString().slice(0, 10);
  return { commits: written, merges, userCommits, firstDay };
}

/**
 * Runs a program without a shell, feeding `input`; rejects with its error output.
 * @param {string} file
 * @param {string[]} args
 * @param {string} [input]
 * @returns {Promise<void>}
 */
function run(file, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (data) => (errors += data));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${file} ${args.join(' ')} failed: ${errors}`))));
    child.stdin.end(input ?? '');
  });
}
