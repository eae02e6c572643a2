import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitEnvironment } from '../../src-main/services/git/gitProcess';
import { gitRepositoryId } from '../../src-main/services/git/gitRepositoryList';
import { desktopChannels } from '../../src-main/shared/contract';
import { gitLogArguments, maximumGitLogCharacters } from '../../src-main/shared/gitLogCommand';
import { createGitTestHandlers, fakeExecFile, type FakeGitRun } from './gitHandlerHarness';
import { gitFolders, useGitFolders } from './gitTestRepositories';

/*
 * What a real git cannot be made to do on cue — be missing, hang, print too much — simulated with
 * a fake `execFile`; and the list's file, damaged.
 */

useGitFolders();

const repositoryPath = '/home/ada/projects/scope-journal';
const id = gitRepositoryId(repositoryPath);
const repository = { id, name: 'scope-journal', path: repositoryPath };

/** Handlers whose list holds `repositoryPath`, and whose log run ends as `logRun` says. */
async function withRepository(logRun: FakeGitRun) {
  const test = createGitTestHandlers({ folder: repositoryPath, execFile: fakeExecFile(logRun) });
  await expect(test.handlers[desktopChannels.addGitRepository](undefined)).resolves.toEqual([repository]);
  return test;
}

function readLog(handlers: Awaited<ReturnType<typeof withRepository>>['handlers']) {
  return handlers[desktopChannels.readGitLog]({ id, since: '2025-11-18' });
}

describe('running git', () => {
  it('runs `git -C <top level>` with the Inbox’s arguments, bounded, hidden, and in no working folder', async () => {
    const { handlers, calls } = await withRepository({ stdout: 'log text' });
    await expect(readLog(handlers)).resolves.toEqual({ status: 'read', repository, text: 'log text' });
    expect(calls.map(({ file, args }) => ({ file, args }))).toEqual([
      { file: 'git', args: ['-C', repositoryPath, 'rev-parse', '--show-toplevel'] },
      { file: 'git', args: ['-C', repositoryPath, ...gitLogArguments({ since: '2025-11-18' })] },
    ]);
    const { env, signal, ...options } = calls[1]?.options ?? {};
    expect(options).toEqual({ encoding: 'utf8', maxBuffer: maximumGitLogCharacters, timeout: 120_000, windowsHide: true });
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(env).toMatchObject({ GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', GIT_EDITOR: ':', LC_ALL: 'C' });
  });

  it('keeps the user’s environment but nothing that points git at another repository or language', () => {
    const environment = gitEnvironment({
      PATH: '/opt/homebrew/bin:/usr/bin',
      HOME: '/home/ada',
      XDG_CONFIG_HOME: '/home/ada/.config',
      GIT_SSH_COMMAND: 'ssh -i key',
      GIT_DIR: '/elsewhere/.git',
      GIT_INDEX_FILE: '/elsewhere/.git/index',
      Git_Work_Tree: '/elsewhere',
      GIT_CONFIG_PARAMETERS: "'log.showroot'='false'",
      LANGUAGE: 'de',
      LANG: 'de_DE.UTF-8',
      GIT_PAGER: 'less',
    });
    expect(environment).toEqual({
      PATH: '/opt/homebrew/bin:/usr/bin',
      HOME: '/home/ada',
      XDG_CONFIG_HOME: '/home/ada/.config',
      GIT_SSH_COMMAND: 'ssh -i key',
      LANG: 'de_DE.UTF-8',
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      GIT_PAGER: 'cat',
      GIT_EDITOR: ':',
      LC_ALL: 'C',
    });
  });

  it('runs the git it is given', async () => {
    const { handlers, calls } = createGitTestHandlers({
      folder: repositoryPath,
      execFile: fakeExecFile({ stdout: '' }),
      gitExecutable: '/usr/local/bin/git',
    });
    await handlers[desktopChannels.addGitRepository](undefined);
    expect(calls.map((call) => call.file)).toEqual(['/usr/local/bin/git']);
  });
});

describe('when git is missing', () => {
  const notFound = { error: { code: 'ENOENT', errno: -2, syscall: 'spawn git', message: 'spawn git ENOENT' } };

  it('answers `git-missing` to a read', async () => {
    const { handlers } = await withRepository(notFound);
    await expect(readLog(handlers)).resolves.toEqual({ status: 'git-missing' });
  });

  it('answers `git-missing` for macOS’s stand-in git without the developer tools', async () => {
    const { handlers } = await withRepository({
      error: { code: 1, message: 'Command failed' },
      stderr: 'xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: …\n',
    });
    await expect(readLog(handlers)).resolves.toEqual({ status: 'git-missing' });
  });

  it('refuses to add a repository, saying what to install', async () => {
    const { handlers } = createGitTestHandlers({ folder: repositoryPath, execFile: fakeExecFile(notFound, notFound) });
    await expect(handlers[desktopChannels.addGitRepository](undefined)).rejects.toThrow(
      'Git is not installed on this computer, or not where Scope Journal can find it. Install git, then add the repository again.',
    );
    await expect(handlers[desktopChannels.listGitRepositories](undefined)).resolves.toEqual([]);
  });
});

describe('a log that cannot be read whole', () => {
  it('says the history is too large when git prints more than the limit', async () => {
    const { handlers } = await withRepository({
      error: { code: 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', message: 'stdout maxBuffer length exceeded' },
    });
    await expect(readLog(handlers)).rejects.toThrow(
      'The history of “scope-journal” since 2025-11-18 is too large to read (more than 50 MB). Choose a later “Since” day.',
    );
  });

  it('says git took too long when it was stopped at the timeout', async () => {
    const { handlers } = await withRepository({ error: { killed: true, signal: 'SIGTERM', code: null, message: 'Command failed' } });
    await expect(readLog(handlers)).rejects.toThrow(
      'Reading the history of “scope-journal” took longer than 2 minutes, so it was stopped. Choose a later “Since” day, or try again.',
    );
  });

  it('passes on git’s own reason for any other failure', async () => {
    const { handlers } = await withRepository({
      error: { code: 128, message: 'Command failed' },
      stderr: "fatal: detected dubious ownership in repository at '/home/ada/projects/scope-journal'\nTo add an exception…\n",
    });
    // The folder does not exist on this machine, so the service takes it for gone.
    await expect(readLog(handlers)).rejects.toThrow('The folder of “scope-journal” is gone');

    const existing = gitFolders.root;
    const test = createGitTestHandlers({
      folder: existing,
      execFile: fakeExecFile({
        error: { code: 128, message: 'Command failed' },
        stderr: `fatal: detected dubious ownership in repository at '${existing}'\n`,
      }),
    });
    await test.handlers[desktopChannels.addGitRepository](undefined);
    await expect(test.handlers[desktopChannels.readGitLog]({ id: gitRepositoryId(existing), since: '2025-11-18' })).rejects.toThrow(
      `git could not read the history of “${basename(existing)}” (detected dubious ownership in repository at '${existing}').`,
    );
  });
});

describe('cancelling a scan', () => {
  // A real process, stopped for real: a "git" that answers rev-parse and then hangs on the log.
  it.skipIf(process.platform === 'win32')('stops the running git at once and answers `cancelled`', async () => {
    const folder = join(gitFolders.root, 'huge-history');
    mkdirSync(folder);
    const slowGit = join(gitFolders.root, 'slow-git');
    writeFileSync(slowGit, `#!/bin/sh\ncase "$3" in rev-parse) echo "$2";; *) exec sleep 60;; esac\n`, { mode: 0o755 });
    const { handlers } = createGitTestHandlers({ folder, gitExecutable: slowGit });
    const [added] = (await handlers[desktopChannels.addGitRepository](undefined)) ?? [];
    const reading = handlers[desktopChannels.readGitLog]({ id: added?.id ?? '', since: '2025-11-18' });
    // Cancel only once the log's git is running.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    await handlers[desktopChannels.cancelGitLog](undefined);
    await expect(reading).resolves.toEqual({ status: 'cancelled' });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('is harmless when nothing runs', async () => {
    const { handlers } = createGitTestHandlers();
    await expect(handlers[desktopChannels.cancelGitLog](undefined)).resolves.toBeUndefined();
  });
});

describe('the list’s file', () => {
  const listFile = () => join(gitFolders.userData, 'git-repositories.json');

  it.each([
    ['is not JSON', '{"version":1,"repositories":['],
    ['is of another version', JSON.stringify({ version: 2, repositories: [] })],
    ['has an id that is not its path’s', JSON.stringify({ version: 1, repositories: [{ ...repository, id: '0123456789abcdef' }] })],
    ['has a repository twice', JSON.stringify({ version: 1, repositories: [repository, repository] })],
  ])('is taken as empty, with a warning and unchanged, when it %s', async (_case, text) => {
    mkdirSync(gitFolders.userData, { recursive: true });
    writeFileSync(listFile(), text);
    const { handlers, warnings, calls } = createGitTestHandlers({ execFile: fakeExecFile({ stdout: '' }) });
    await expect(handlers[desktopChannels.listGitRepositories](undefined)).resolves.toEqual([]);
    await expect(handlers[desktopChannels.readGitLog]({ id, since: '2025-11-18' })).rejects.toThrow('That repository is not in the list');
    expect(warnings).toEqual([expect.stringMatching(/^The git repository list .* (is invalid|could not be read)/)]);
    expect(readFileSync(listFile(), 'utf8')).toBe(text);
    expect(calls).toEqual([]);
  });

  it('is read when valid', async () => {
    mkdirSync(gitFolders.userData, { recursive: true });
    writeFileSync(listFile(), JSON.stringify({ version: 1, repositories: [repository] }));
    const { handlers, warnings } = createGitTestHandlers();
    await expect(handlers[desktopChannels.listGitRepositories](undefined)).resolves.toEqual([repository]);
    expect(warnings).toEqual([]);
  });
});
