import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepositoryId } from '../../src-main/services/git/gitRepositoryList';
import { desktopChannels } from '../../src-main/shared/contract';
import { gitLogArguments } from '../../src-main/shared/gitLogCommand';
import { parseGitLog } from '../../src-renderer/src/domain/evidence/gitLog';
import { createGitTestHandlers } from './gitHandlerHarness';
import { commit, createRepository, git, gitFolders, threeCommits, useGitFolders } from './gitTestRepositories';

/* The Inbox's git handlers with this machine's real git, over repositories built for each test. */

useGitFolders();

/** The view of the repository whose top-level folder is `path`. */
function view(path: string) {
  return { id: gitRepositoryId(path), name: basename(path), path };
}

/** Adds `folder` through the handler, as the folder chooser would give it. */
async function add(folder: string) {
  const test = createGitTestHandlers({ folder });
  return { ...test, list: await test.handlers[desktopChannels.addGitRepository](undefined) };
}

describe('addGitRepository', () => {
  it('adds the repository a subfolder is in, by its top-level folder, and keeps it across app runs', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const { list, folderDialogs } = await add(join(repository, 'src'));
    expect(list).toEqual([view(repository)]);
    expect(folderDialogs).toEqual([{ title: 'Add a git repository', properties: ['openDirectory'] }]);
    expect(JSON.parse(readFileSync(join(gitFolders.userData, 'git-repositories.json'), 'utf8'))).toEqual({
      version: 1,
      repositories: [view(repository)],
    });
    await expect(createGitTestHandlers().handlers[desktopChannels.listGitRepositories](undefined)).resolves.toEqual([view(repository)]);
  });

  it('answers null, and runs no git, when the chooser is cancelled', async () => {
    const { handlers, calls } = createGitTestHandlers();
    await expect(handlers[desktopChannels.addGitRepository](undefined)).resolves.toBeNull();
    expect(calls).toEqual([]);
    expect(existsSync(gitFolders.userData)).toBe(false);
  });

  it('adds a worktree, whose .git is a file, as a repository of its own', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const worktree = join(gitFolders.root, 'scope-journal-feature');
    git(repository, ['worktree', 'add', '--quiet', '-b', 'feature', worktree]);
    commit(worktree, { day: '2026-02-10', message: 'Work on the feature', files: { 'src/feature.ts': 'export {};\n' } });
    expect(readFileSync(join(worktree, '.git'), 'utf8')).toMatch(/^gitdir: /);

    const { list, handlers } = await add(join(worktree, 'src'));
    expect(list).toEqual([view(worktree)]);
    const result = await handlers[desktopChannels.readGitLog]({ id: view(worktree).id, since: '2026-01-01' });
    expect(result.status === 'read' && parseGitLog(result.text).map((each) => each.subject)).toEqual([
      'Work on the feature',
      'Document the format',
      'Handle renames',
    ]);
  });

  it('adds a submodule, not the repository around it', async () => {
    const library = createRepository('library', threeCommits);
    const application = createRepository('application', [{ day: '2026-01-05', message: 'Start', files: { 'README.md': '# App\n' } }]);
    // Cloning from a local path is refused by default since git 2.38.1.
    git(application, ['-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', library, 'vendor/library']);
    const submodule = join(application, 'vendor/library');
    expect(readFileSync(join(submodule, '.git'), 'utf8')).toMatch(/^gitdir: /);

    const { list } = await add(join(submodule, 'src'));
    expect(list).toEqual([view(submodule)]);
  });

  it('keeps one entry for a repository added twice, moving it last', async () => {
    const first = createRepository('first', threeCommits);
    const second = createRepository('second', threeCommits);
    await add(first);
    await add(second);
    expect((await add(first)).list).toEqual([view(second), view(first)]);
    expect((await add(join(first, 'src'))).list).toEqual([view(second), view(first)]);
  });

  it('says so when the folder is in no repository, and adds nothing', async () => {
    const folder = join(gitFolders.root, 'Documents');
    mkdirSync(folder);
    const { handlers } = createGitTestHandlers({ folder });
    await expect(handlers[desktopChannels.addGitRepository](undefined)).rejects.toThrow(
      `“${folder}” is not inside a git repository. Choose the repository's folder.`,
    );
    expect(existsSync(gitFolders.userData)).toBe(false);
  });

  it('says so when the folder is a repository’s own .git folder', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const { handlers } = createGitTestHandlers({ folder: join(repository, '.git') });
    await expect(handlers[desktopChannels.addGitRepository](undefined)).rejects.toThrow(
      `“${join(repository, '.git')}” is a repository's own .git folder, or a bare repository, which has no files to show. Choose the repository's folder.`,
    );
  });

  it('takes no payload, and shows no dialog for one', async () => {
    const { handlers, folderDialogs, calls } = createGitTestHandlers({ folder: gitFolders.root });
    await expect(handlers[desktopChannels.addGitRepository](gitFolders.root)).rejects.toThrow(/^Invalid request/);
    expect(folderDialogs).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('removeGitRepository', () => {
  it('forgets the repository, leaving its folder as it was', async () => {
    const first = createRepository('first', threeCommits);
    const second = createRepository('second', threeCommits);
    await add(first);
    const { handlers } = await add(second);
    await expect(handlers[desktopChannels.removeGitRepository]({ id: view(first).id })).resolves.toEqual([view(second)]);
    await expect(handlers[desktopChannels.removeGitRepository]({ id: view(first).id })).resolves.toEqual([view(second)]);
    await expect(createGitTestHandlers().handlers[desktopChannels.listGitRepositories](undefined)).resolves.toEqual([view(second)]);
    expect(existsSync(join(first, '.git'))).toBe(true);
  });

  it('refuses an id that is not one, before anything runs', async () => {
    const { handlers, calls } = createGitTestHandlers();
    for (const id of ['../../etc/passwd', 'ABCDEF0123456789', '0123', '']) {
      await expect(handlers[desktopChannels.removeGitRepository]({ id })).rejects.toThrow(
        `Invalid request for ${desktopChannels.removeGitRepository}`,
      );
    }
    expect(calls).toEqual([]);
    expect(existsSync(gitFolders.userData)).toBe(false);
  });
});

describe('readGitLog', () => {
  it('runs the Inbox’s git log and returns text the Inbox’s parser reads, from the start of `since`', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const { handlers, calls } = await add(repository);
    const result = await handlers[desktopChannels.readGitLog]({ id: view(repository).id, since: '2026-01-05' });
    expect(result).toMatchObject({ status: 'read', repository: view(repository) });
    const commits = parseGitLog(result.status === 'read' ? result.text : '');
    expect(commits.map((each) => each.hash)).toEqual(git(repository, ['rev-list', 'HEAD', '--max-count=2']).trim().split('\n'));
    expect(commits).toMatchObject([
      {
        subject: 'Document the format',
        authorEmail: 'ada@example.com',
        day: '2026-02-03',
        files: [
          { path: 'docs/format.md', added: 1, deleted: 0 },
          { path: 'src/parser.ts', added: 1, deleted: 1 },
        ],
      },
      { subject: 'Handle renames', body: 'Renamed files keep their history.', day: '2026-01-10' },
    ]);
    expect(calls.at(-1)?.args).toEqual(['-C', repository, ...gitLogArguments({ since: '2026-01-05' })]);
  });

  it('returns no text for a repository without commits', async () => {
    const repository = createRepository('new-project');
    const { handlers } = await add(repository);
    await expect(handlers[desktopChannels.readGitLog]({ id: view(repository).id, since: '2025-01-01' })).resolves.toEqual({
      status: 'read',
      repository: view(repository),
      text: '',
    });
  });

  it('says so when the repository’s folder is gone', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const { handlers } = await add(repository);
    rmSync(repository, { recursive: true, force: true });
    await expect(handlers[desktopChannels.readGitLog]({ id: view(repository).id, since: '2025-01-01' })).rejects.toThrow(
      `The folder of “scope-journal” is gone (${repository}): it was moved or deleted. Remove it from the list, and add it again from where it is now.`,
    );
  });

  it('says so when the folder is no longer a repository', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const { handlers } = await add(repository);
    rmSync(join(repository, '.git'), { recursive: true, force: true });
    await expect(handlers[desktopChannels.readGitLog]({ id: view(repository).id, since: '2025-01-01' })).rejects.toThrow(
      `“scope-journal” (${repository}) is no longer a git repository. Remove it from the list, or add the repository's folder again.`,
    );
  });

  it('refuses a repository that is not in the list', async () => {
    const { handlers, calls } = createGitTestHandlers();
    await expect(handlers[desktopChannels.readGitLog]({ id: '0123456789abcdef', since: '2025-01-01' })).rejects.toThrow(
      'That repository is not in the list any more. Add it again.',
    );
    expect(calls).toEqual([]);
  });

  it('refuses a bad id or date before git runs', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const { handlers, calls } = await add(repository);
    const id = view(repository).id;
    for (const request of [
      { id, since: '2026-02-30' },
      { id, since: '--all' },
      { id, since: '2026-01-01T00:00:00' },
      { id: `${id}; rm -rf ~`, since: '2026-01-01' },
      { id, since: '2026-01-01', path: '/etc' },
    ]) {
      await expect(handlers[desktopChannels.readGitLog](request)).rejects.toThrow(`Invalid request for ${desktopChannels.readGitLog}`);
    }
    // The one run is the add's `rev-parse`.
    expect(calls.map((call) => call.args)).toEqual([['-C', repository, 'rev-parse', '--show-toplevel']]);
  });
});
