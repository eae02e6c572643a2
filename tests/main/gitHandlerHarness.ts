import { execFile as nodeExecFile, type ExecFileException } from 'node:child_process';
import type { FolderDialogOptions } from '../../src-main/ipc/backupHandlers';
import { createGitHandlers } from '../../src-main/ipc/gitHandlers';
import { createChannelHandlers } from '../../src-main/ipc/registerHandlers';
import type { ExecFile, GitExecFileOptions } from '../../src-main/services/git/gitProcess';
import { createGitService } from '../../src-main/services/git/gitService';
import { gitFolders } from './gitTestRepositories';

/*
 * The harness of the git handlers' tests: the real handlers behind the contract's parse (as
 * registered), the list in a temporary user-data folder, and git itself: this machine's, or a
 * fake `execFile` where a test simulates what a real git cannot be made to do on cue.
 */

/** One call of `execFile`, as the service made it. */
export interface ExecFileCall {
  file: string;
  args: readonly string[];
  options: GitExecFileOptions;
}

export interface GitTestOptions {
  /** The folder the chooser picks; cancels when undefined. */
  folder?: string;
  /** Runs git; this machine's git by default. */
  execFile?: ExecFile;
  gitExecutable?: string;
  userDataPath?: string;
}

/** Git handlers over the test folder, recording folder dialogs, git runs and warnings. */
export function createGitTestHandlers(options: GitTestOptions = {}) {
  const folderDialogs: FolderDialogOptions[] = [];
  const calls: ExecFileCall[] = [];
  const warnings: string[] = [];
  const run = options.execFile ?? nodeExecFile;
  const git = createGitService({
    userDataPath: options.userDataPath ?? gitFolders.userData,
    execFile: (file, args, execOptions, callback) => {
      calls.push({ file, args, options: execOptions });
      return run(file, args, execOptions, callback);
    },
    gitExecutable: options.gitExecutable,
    warn: (message) => warnings.push(message),
  });
  const handlers = createChannelHandlers(
    createGitHandlers(git, (dialogOptions) => {
      folderDialogs.push(dialogOptions);
      const folder = options.folder;
      return Promise.resolve(folder === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
    }),
  );
  return { handlers, folderDialogs, calls, warnings };
}

/** How a fake git run ends: its output, or the error Node would report. */
export type FakeGitRun = { stdout: string; stderr?: string } | { error: Partial<ExecFileException>; stderr?: string };

/**
 * A fake `execFile`: `rev-parse` ends as `revParseRun` says, by default answering that the folder
 * is the top level of a repository; every other run (the log) ends as `logRun` says.
 */
export function fakeExecFile(logRun: FakeGitRun, revParseRun?: FakeGitRun): ExecFile {
  return (_file, args, _options, callback) => {
    const folder = args[1] ?? '';
    const result: FakeGitRun = args.includes('rev-parse') ? (revParseRun ?? { stdout: `${folder}\n` }) : logRun;
    setImmediate(() => {
      if ('error' in result) {
        callback(Object.assign(new Error(String(result.error.message ?? 'Command failed')), result.error), '', result.stderr ?? '');
      } else {
        callback(null, result.stdout, result.stderr ?? '');
      }
    });
    return undefined;
  };
}
