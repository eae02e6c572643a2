import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitRepositoryView, ReadGitLogResult } from '../../shared/desktopResults';
import { gitLogArguments, maximumGitLogCharacters } from '../../shared/gitLogCommand';
import { gitComplaint, runGit, type ExecFile, type GitRunner } from './gitProcess';
import { createGitRepositoryListStore, gitRepositoryView, maximumGitRepositories } from './gitRepositoryList';

/*
 * The Inbox's git history on the desktop: repositories the user added with the folder chooser,
 * and the Inbox's one `git log` (shared/gitLogCommand.ts) run in each. The page parses the text
 * with the same parser as a file the user saved, so nothing here reads commits. Every request is
 * validated by the handlers before it reaches this module.
 */

/** What the git service needs, injected: Node's `execFile` in the app, a fake in tests. */
export interface GitPorts {
  /** The app's user-data folder, where `git-repositories.json` lives. */
  userDataPath: string;
  /** Runs git (Node's `child_process.execFile`). */
  execFile: ExecFile;
  /** The git program; `git` (found on PATH) unless a test names another, e.g. one that does not exist. */
  gitExecutable?: string;
  /** Where problems that do not fail a request are reported; `console.warn` by default. */
  warn?: (message: string) => void;
}

/** The Inbox's repositories of one app run; every method rejects with a message fit for the user. */
export interface GitService {
  list(): Promise<GitRepositoryView[]>;
  /** Adds the repository `folder` is in (by its top-level folder), last; returns the list. */
  add(folder: string): Promise<GitRepositoryView[]>;
  /** Forgets the repository `id` (nothing on disk changes); returns the list. */
  remove(id: string): Promise<GitRepositoryView[]>;
  /** The Inbox's `git log` of repository `id` from the start of the local day `since`. */
  readLog(id: string, since: string): Promise<ReadGitLogResult>;
  /** Stops every `readLog` still running; each resolves `{ status: 'cancelled' }`. */
  cancelReads(): void;
}

/** Name of the list's file in the user-data folder. */
const repositoryListFileName = 'git-repositories.json';

/** How long `git log` may take: a year of a large monorepo takes seconds. */
const logTimeoutMilliseconds = 120_000;
/** `rev-parse` answers at once; only a hung network file system takes longer. */
const revParseTimeoutMilliseconds = 30_000;
/** A top-level path and its line feed. */
const revParseMaximumBytes = 64 * 1024;

const gitMissingOnAddMessage =
  'Git is not installed on this computer, or not where Scope Journal can find it. Install git, then add the repository again.';
const unknownRepositoryMessage = 'That repository is not in the list any more. Add it again.';

/** The repositories of the app whose capabilities are `ports` (see `GitService`). */
export function createGitService(ports: GitPorts): GitService {
  const warn = ports.warn ?? ((message: string) => console.warn(message));
  const store = createGitRepositoryListStore(join(ports.userDataPath, repositoryListFileName), warn);
  const runner: GitRunner = { execFile: ports.execFile, executable: ports.gitExecutable ?? 'git', environment: process.env };
  /** The reads running now, so "Cancel" can stop their git. */
  const runningReads = new Set<AbortController>();

  /** The top-level folder of the repository `folder` is in; rejects when it is in none. */
  async function topLevelFolder(folder: string): Promise<string> {
    const outcome = await runGit(runner, ['-C', folder, 'rev-parse', '--show-toplevel'], {
      maxBuffer: revParseMaximumBytes,
      timeout: revParseTimeoutMilliseconds,
    });
    switch (outcome.status) {
      case 'done': {
        const path = outcome.stdout.replace(/\r?\n$/, '');
        if (path === '') throw new Error(unclearRepositoryMessage(folder));
        return path;
      }
      case 'missing':
        throw new Error(gitMissingOnAddMessage);
      case 'too-large':
        throw new Error(unclearRepositoryMessage(folder));
      case 'timed-out':
        throw new Error(
          `git did not answer about “${folder}” within ${revParseTimeoutMilliseconds / 1000} seconds, so it was stopped. Try again.`,
        );
      case 'failed':
        throw new Error(addFailureMessage(folder, outcome.stderr));
      case 'cancelled':
        throw new Error('Adding the repository was stopped.');
    }
  }

  return {
    list: async () => (await store.read()).repositories,

    async add(folder) {
      const repository = gitRepositoryView(await topLevelFolder(folder));
      const saved = await store.update((list) => {
        const others = list.repositories.filter((known) => known.id !== repository.id);
        if (others.length >= maximumGitRepositories) {
          throw new Error(`At most ${maximumGitRepositories} repositories can be added. Remove one first.`);
        }
        // Added again, it moves to the end, so the last in the list is always the one just added.
        if (list.repositories.at(-1)?.id === repository.id) return list;
        return { ...list, repositories: [...others, repository] };
      });
      return saved.repositories;
    },

    async remove(id) {
      const saved = await store.update((list) =>
        list.repositories.some((known) => known.id === id)
          ? { ...list, repositories: list.repositories.filter((known) => known.id !== id) }
          : list,
      );
      return saved.repositories;
    },

    async readLog(id, since) {
      const repository = (await store.read()).repositories.find((known) => known.id === id);
      if (repository === undefined) throw new Error(unknownRepositoryMessage);
      const controller = new AbortController();
      runningReads.add(controller);
      const outcome = await runGit(runner, ['-C', repository.path, ...gitLogArguments({ since })], {
        // Bytes, so at most this many characters: the parser's own limit.
        maxBuffer: maximumGitLogCharacters,
        timeout: logTimeoutMilliseconds,
        signal: controller.signal,
      }).finally(() => runningReads.delete(controller));
      switch (outcome.status) {
        case 'done':
          return { status: 'read', repository, text: outcome.stdout };
        case 'missing':
          return { status: 'git-missing' };
        case 'cancelled':
          return { status: 'cancelled' };
        case 'too-large':
          throw new Error(
            `The history of “${repository.name}” since ${since} is too large to read (more than ${maximumGitLogCharacters / 1024 / 1024} MB). ` +
              'Choose a later “Since” day.',
          );
        case 'timed-out':
          throw new Error(
            `Reading the history of “${repository.name}” took longer than ${logTimeoutMilliseconds / 60_000} minutes, so it was stopped. ` +
              'Choose a later “Since” day, or try again.',
          );
        case 'failed':
          // A repository nobody has committed to yet has no history: that is no error.
          if (hasNoCommits(outcome.stderr)) return { status: 'read', repository, text: '' };
          throw new Error(await logFailureMessage(repository, outcome.stderr));
      }
    },

    cancelReads() {
      for (const controller of runningReads) controller.abort();
      runningReads.clear();
    },
  };
}

/** Whether git refused `log HEAD` because HEAD names a branch without commits. */
function hasNoCommits(stderr: string): boolean {
  // The first is git's answer to a bare `git log`, the second to `git log HEAD --` (the Inbox's).
  return /does not have any commits yet|bad revision 'HEAD'/.test(stderr);
}

/** git answered `rev-parse --show-toplevel` for `folder` with something that is not a path. */
function unclearRepositoryMessage(folder: string): string {
  return `git did not say which repository “${folder}” is in. Choose the repository's folder.`;
}

/** Why `folder` could not be added, from git's complaint about it. */
function addFailureMessage(folder: string, stderr: string): string {
  if (/not a git repository/.test(stderr)) return `“${folder}” is not inside a git repository. Choose the repository's folder.`;
  if (/cannot change to/.test(stderr)) return `The folder “${folder}” cannot be opened. Choose the repository's folder.`;
  if (/must be run in a work tree/.test(stderr)) {
    return `“${folder}” is a repository's own .git folder, or a bare repository, which has no files to show. Choose the repository's folder.`;
  }
  return `git could not tell which repository “${folder}” is in (${gitComplaint(stderr)}).`;
}

/** Why the log of `repository` could not be read, from git's complaint and what is on disk. */
async function logFailureMessage(repository: GitRepositoryView, stderr: string): Promise<string> {
  const isFolder = await stat(repository.path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    return `The folder of “${repository.name}” is gone (${repository.path}): it was moved or deleted. Remove it from the list, and add it again from where it is now.`;
  }
  if (/not a git repository/.test(stderr)) {
    return `“${repository.name}” (${repository.path}) is no longer a git repository. Remove it from the list, or add the repository's folder again.`;
  }
  return `git could not read the history of “${repository.name}” (${gitComplaint(stderr)}).`;
}
