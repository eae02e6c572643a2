import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepositoryId } from '../../src-main/services/git/gitRepositoryList';
import { desktopChannels } from '../../src-main/shared/contract';
import { parseGitLog } from '../../src-renderer/src/domain/evidence/gitLog';
import { installInFakePage, useFakePages } from './fakeBridgePage';
import { createRepository, gitFolders, threeCommits, useGitFolders } from './gitTestRepositories';

/* The end-to-end bridge's git methods, run without a browser (see fakeBridgePage.ts): the real handlers and this machine's git. */

useFakePages();
useGitFolders();

describe('the bridge’s git history', () => {
  it('adds the repository the folder chooser picks and reads its log with the real git', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const { call, bridge } = await installInFakePage({ folderDialogPath: () => join(repository, 'src') });
    const view = { id: gitRepositoryId(repository), name: 'scope-journal', path: repository };
    await expect(call('addGitRepository')).resolves.toEqual([view]);
    expect(bridge.folderDialogs).toEqual([{ title: 'Add a git repository', properties: ['openDirectory'] }]);
    await expect(call('listGitRepositories')).resolves.toEqual([view]);

    const result = (await call('readGitLog', { id: view.id, since: '2025-01-01' })) as { status: string; text: string };
    expect(result.status).toBe('read');
    expect(parseGitLog(result.text).map((commit) => commit.subject)).toEqual(['Document the format', 'Handle renames', 'Start the parser']);

    await expect(call('readGitLog', { id: view.id, since: 'yesterday' })).rejects.toThrow(
      `Error invoking remote method '${desktopChannels.readGitLog}': Error: Invalid request`,
    );
    await expect(call('removeGitRepository', { id: view.id })).resolves.toEqual([]);
  });

  it('simulates a computer without git with `gitExecutable`', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const userDataPath = gitFolders.userData;
    const withGit = await installInFakePage({ userDataPath, folderDialogPath: () => repository });
    await withGit.call('addGitRepository');

    const { call } = await installInFakePage({
      userDataPath,
      folderDialogPath: () => repository,
      gitExecutable: 'scope-journal-missing-git',
    });
    await expect(call('readGitLog', { id: gitRepositoryId(repository), since: '2025-01-01' })).resolves.toEqual({ status: 'git-missing' });
    await expect(call('addGitRepository')).rejects.toThrow('Git is not installed on this computer');
  });
});
