import type { DesktopHandlers } from '../shared/contract';
import type { GitService } from '../services/git/gitService';
import type { ShowFolderDialog } from './backupHandlers';

/** The handlers of the Inbox's git methods (part of `DesktopHandlers`). */
export type GitHandlers = Pick<
  DesktopHandlers,
  'listGitRepositories' | 'addGitRepository' | 'removeGitRepository' | 'readGitLog' | 'cancelGitLog'
>;

/**
 * Builds the handlers of the Inbox's git methods. Each receives its payload already parsed by the
 * contract's schema, so no dialog opens and git never runs for an invalid request.
 */
export function createGitHandlers(git: GitService, showFolderDialog: ShowFolderDialog): GitHandlers {
  return {
    listGitRepositories: () => git.list(),

    addGitRepository: async () => {
      const choice = await showFolderDialog({ title: 'Add a git repository', properties: ['openDirectory'] });
      const folder = choice.filePaths[0];
      // Some platforms report a cancel as an empty path rather than `canceled`.
      if (choice.canceled || folder === undefined || folder === '') {
        return null;
      }
      return git.add(folder);
    },

    removeGitRepository: (request) => git.remove(request.id),

    readGitLog: (request) => git.readLog(request.id, request.since),

    cancelGitLog: () => {
      git.cancelReads();
      return Promise.resolve();
    },
  };
}
