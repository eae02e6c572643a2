import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepositoryId } from '../../src-main/services/git/gitRepositoryList';
import { desktopChannels } from '../../src-main/shared/contract';
import { parseGitLog } from '../../src-renderer/src/domain/evidence/gitLog';
import { createRepository, threeCommits, useGitFolders } from './gitTestRepositories';
import { builtPaths, invokeAs as invoke, useBuiltMain } from './startBuiltMain';

/*
 * The Inbox's git history in the BUILT main bundle, run against the fake `electron`: the system
 * folder chooser, and this machine's git run through Node's `execFile` as the app wires it.
 */

const { appPageUrl } = builtPaths;
const { sandbox, startMain } = useBuiltMain('scope-journal-main-');
useGitFolders();

describe('git history in the built main process', () => {
  it('adds a repository with the folder chooser and reads its log with git', async () => {
    const repository = createRepository('scope-journal', threeCommits);
    const electron = await startMain();
    await expect(invoke(electron, desktopChannels.addGitRepository, appPageUrl)).resolves.toBeNull();

    electron.dialog.folderPath = join(repository, 'docs');
    const view = { id: gitRepositoryId(repository), name: 'scope-journal', path: repository };
    await expect(invoke(electron, desktopChannels.addGitRepository, appPageUrl)).resolves.toEqual([view]);
    expect(electron.dialog.openDialogs.at(-1)).toMatchObject({ title: 'Add a git repository', properties: ['openDirectory'] });
    expect(JSON.parse(readFileSync(join(sandbox.userDataPath, 'git-repositories.json'), 'utf8'))).toEqual({
      version: 1,
      repositories: [view],
    });

    const result = (await invoke(electron, desktopChannels.readGitLog, appPageUrl, { id: view.id, since: '2025-01-01' })) as {
      status: string;
      text: string;
    };
    expect(result.status).toBe('read');
    expect(parseGitLog(result.text)).toHaveLength(3);
    await expect(invoke(electron, desktopChannels.listGitRepositories, appPageUrl)).resolves.toEqual([view]);
    await expect(invoke(electron, desktopChannels.removeGitRepository, appPageUrl, { id: view.id })).resolves.toEqual([]);
  });

  it('refuses invalid requests and foreign senders before git runs', async () => {
    const electron = await startMain();
    await expect(invoke(electron, desktopChannels.readGitLog, appPageUrl, { id: 'not hex', since: '2025-01-01' })).rejects.toThrow(
      /Invalid request/,
    );
    await expect(
      invoke(electron, desktopChannels.readGitLog, appPageUrl, { id: '0123456789abcdef', since: '2025-01-01 --all' }),
    ).rejects.toThrow(/Invalid request/);
    await expect(invoke(electron, desktopChannels.addGitRepository, 'https://evil.example/')).rejects.toThrow(/not the app's own page/);
    expect(electron.dialog.openDialogs).toEqual([]);
  });
});
