import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/*
 * Real git repositories for the tests of the Inbox's git methods, built in a temporary folder with
 * this machine's git: no system or user configuration, a fixed author and fixed dates, so that
 * every run makes the same commits whatever the day.
 */

/** This test's temporary folder (its real path: git reports real paths). */
export const gitFolders = { root: '', userData: '' };

/** Gives each test of the calling file a new temporary folder, removed after it. */
export function useGitFolders(): void {
  beforeEach(() => {
    gitFolders.root = realpathSync(mkdtempSync(join(tmpdir(), 'scope-journal-git-')));
    gitFolders.userData = join(gitFolders.root, 'user-data');
  });
  afterEach(() => {
    rmSync(gitFolders.root, { recursive: true, force: true });
  });
}

/** One commit to make: its day (noon UTC), message and the files it writes. */
export interface TestCommit {
  day: string;
  message: string;
  files: Record<string, string>;
}

/** The environment the test repositories are built in: nothing of this machine's configuration. */
function buildEnvironment(day = '2026-01-01'): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toUpperCase().startsWith('GIT_')));
  const date = `${day}T12:00:00Z`;
  return {
    ...inherited,
    HOME: gitFolders.root,
    XDG_CONFIG_HOME: join(gitFolders.root, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
}

/** Runs git in `folder` as the tests' builder does; returns what it printed. */
export function git(folder: string, args: string[], day?: string): string {
  return execFileSync('git', args, { cwd: folder, env: buildEnvironment(day), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes `files` into `folder`, then commits everything as `message` on `day`. */
export function commit(folder: string, { day, message, files }: TestCommit): void {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), contents);
  }
  git(folder, ['add', '--all']);
  git(folder, ['commit', '--quiet', '--message', message], day);
}

/** A new repository `name` in the test folder (branch `main`), with `commits` made in order. */
export function createRepository(name: string, commits: TestCommit[] = []): string {
  const folder = join(gitFolders.root, name);
  mkdirSync(folder, { recursive: true });
  git(folder, ['init', '--quiet', '--initial-branch=main']);
  for (const each of commits) commit(folder, each);
  return folder;
}

/** Three commits: December 2025, January and February 2026. */
export const threeCommits: TestCommit[] = [
  { day: '2025-12-20', message: 'Start the parser', files: { 'src/parser.ts': 'export {};\n' } },
  {
    day: '2026-01-10',
    message: 'Handle renames\n\nRenamed files keep their history.',
    files: { 'src/parser.ts': 'export const a = 1;\n' },
  },
  {
    day: '2026-02-03',
    message: 'Document the format',
    files: { 'docs/format.md': '# Format\n', 'src/parser.ts': 'export const a = 2;\n' },
  },
];
