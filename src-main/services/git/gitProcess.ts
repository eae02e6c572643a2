import type { ExecFileException } from 'node:child_process';

/*
 * Running git: always `execFile` with an argument array (never a shell), bounded in output and
 * time, in an environment that keeps the user's own git working (PATH, HOME, their config) but
 * can neither prompt, page, open an editor nor be pointed at another repository.
 */

/** What `runGit` gives `execFile`: text out, a size and time limit, no console window. */
export interface GitExecFileOptions {
  encoding: 'utf8';
  /** Bytes of output (stdout or stderr) after which git is stopped. */
  maxBuffer: number;
  /** Milliseconds after which git is stopped. */
  timeout: number;
  windowsHide: true;
  env: NodeJS.ProcessEnv;
  /** Stops git when aborted (the user cancelled the scan). */
  signal?: AbortSignal;
}

/**
 * Node's `child_process.execFile` as the git service uses it. The app passes Node's own; tests
 * pass a fake to simulate a missing git, a timeout or too much output.
 */
export type ExecFile = (
  file: string,
  args: readonly string[],
  options: GitExecFileOptions,
  callback: (error: ExecFileException | null, stdout: string, stderr: string) => void,
) => unknown;

/** How one run of git ended. */
export type GitOutcome =
  | { status: 'done'; stdout: string }
  /** No git to run: not installed, or not on the app's PATH. */
  | { status: 'missing' }
  | { status: 'too-large' }
  | { status: 'timed-out' }
  /** Stopped by the caller's signal. */
  | { status: 'cancelled' }
  /** git ran and failed; `stderr` says why (in English: see `gitEnvironment`). */
  | { status: 'failed'; stderr: string };

/**
 * The variables that tell git which repository, index or objects to use. Inherited from whatever
 * launched the app (a git hook running the tests sets GIT_DIR and GIT_INDEX_FILE), they would send
 * every command to that repository instead of the one named with `-C`. This is git's own list
 * (`git rev-parse --local-env-vars`), the one it clears itself before entering a submodule.
 */
const repositoryVariables = new Set([
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
]);

/**
 * The environment git runs in: `inherited` (PATH, HOME and the rest, so the user's git and its
 * configuration work as in their terminal) without the variables that would point it at another
 * repository, and with nothing that could wait for a person.
 */
export function gitEnvironment(inherited: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const settings: NodeJS.ProcessEnv = {
    // No user name or password prompt: the Inbox's git reads local history only.
    GIT_TERMINAL_PROMPT: '0',
    // Reading must not take the index lock a `git commit` in a terminal is waiting for.
    GIT_OPTIONAL_LOCKS: '0',
    // git's own words for "none": `cat` is no pager, `:` no editor (both checked by git itself).
    GIT_PAGER: 'cat',
    GIT_EDITOR: ':',
    // Errors in English, which the git service recognises. Output is unaffected: commit text is
    // re-encoded to UTF-8 by `--encoding`, and paths are printed as they are with `-z`.
    LC_ALL: 'C',
  };
  // LANGUAGE would choose the language of git's messages over LC_ALL.
  const leftOut = new Set([...repositoryVariables, 'LANGUAGE', ...Object.keys(settings)]);
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(inherited)) {
    // Windows names are case-insensitive (`Git_Dir` is GIT_DIR there).
    if (!leftOut.has(name.toUpperCase())) environment[name] = value;
  }
  return { ...environment, ...settings };
}

/** Where and how to run git (see `runGit`). */
export interface GitRunner {
  execFile: ExecFile;
  /** The git program: `git`, found on PATH, unless a test names another. */
  executable: string;
  /** The environment git's environment is made from (`process.env` in the app). */
  environment: NodeJS.ProcessEnv;
}

/**
 * Runs git with `args` and says how it ended. Never rejects: a missing git, too much output and a
 * timeout are outcomes the caller words for the user. No working folder is given: on Windows a
 * program is looked for in the working folder before PATH, and the folders git runs in belong to
 * repositories anyone may have written a `git.exe` into; `-C` names the folder instead.
 */
export function runGit(
  runner: GitRunner,
  args: readonly string[],
  limits: { maxBuffer: number; timeout: number; signal?: AbortSignal },
): Promise<GitOutcome> {
  const options: GitExecFileOptions = {
    encoding: 'utf8',
    maxBuffer: limits.maxBuffer,
    timeout: limits.timeout,
    windowsHide: true,
    env: gitEnvironment(runner.environment),
    ...(limits.signal === undefined ? {} : { signal: limits.signal }),
  };
  return new Promise((resolve) => {
    runner.execFile(runner.executable, args, options, (error, stdout, stderr) => {
      resolve(error === null ? { status: 'done', stdout } : failure(error, stderr));
    });
  });
}

/** The outcome of a run that ended in `error`. */
function failure(error: ExecFileException, stderr: string): GitOutcome {
  // Node stops git on an aborted signal and rejects with an AbortError.
  if (error.name === 'AbortError' || error.code === 'ABORT_ERR') return { status: 'cancelled' };
  // Without a working folder, "no such file" can only be the program itself.
  if (error.code === 'ENOENT') return { status: 'missing' };
  // macOS ships /usr/bin/git as a stub that only offers to install the developer tools.
  if (/xcrun: error: invalid active developer path/.test(stderr)) return { status: 'missing' };
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return { status: 'too-large' };
  // Node stops git at the timeout with a signal, and says it did with `killed`.
  if (error.killed === true && typeof error.signal === 'string') return { status: 'timed-out' };
  return { status: 'failed', stderr: stderr.trim() === '' ? error.message : stderr };
}

/** git's first line of complaint, without its `fatal: ` prefix, for an error message. */
export function gitComplaint(stderr: string): string {
  const line =
    stderr
      .split(/\r?\n/)
      .map((text) => text.trim())
      .find((text) => text !== '') ?? 'no reason given';
  return line.replace(/^(fatal|error): /, '');
}
