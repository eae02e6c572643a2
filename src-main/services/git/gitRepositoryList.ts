import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { GitRepositoryView } from '../../shared/desktopResults';
import { readTextFileLimited, writeFileAtomic } from '../atomicWrite';
import { createSettingsStore, type SettingsStore } from '../settingsStore';

/*
 * The git repositories added to the Inbox, kept by the main process in one JSON file in the app's
 * user-data folder (`git-repositories.json`): each one's top-level folder, with an id derived from
 * it and its folder name. A missing file means no repositories; so does a damaged one, with a
 * warning (the next repository added replaces it).
 */

/** Most repositories in the list: far more than one person scans, few enough to scan in a sitting. */
export const maximumGitRepositories = 100;

const repositorySchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  name: z.string().max(1024),
  path: z.string().min(1).max(4096),
});

const repositoryListSchema = z
  .object({
    version: z.literal(1),
    repositories: z.array(repositorySchema).max(maximumGitRepositories),
  })
  .superRefine((list, context) => {
    const ids = new Set<string>();
    for (const [index, repository] of list.repositories.entries()) {
      // An id that does not belong to its path would read another repository than the one shown.
      if (repository.id !== gitRepositoryId(repository.path) || ids.has(repository.id)) {
        context.addIssue({
          code: 'custom',
          message: 'An id does not belong to its path, or appears twice.',
          path: ['repositories', index],
        });
      }
      ids.add(repository.id);
    }
  });

/** The list as stored. */
type GitRepositoryList = z.infer<typeof repositoryListSchema>;

const emptyList: GitRepositoryList = Object.freeze({ version: 1, repositories: [] });

/** The file holds at most a hundred paths. */
const maximumListFileBytes = 1024 * 1024;

/**
 * The id of the repository whose top-level folder is `path`: the first 16 hex digits of its
 * SHA-256, so that it stays the same across app runs and says nothing about the path to a reader.
 */
export function gitRepositoryId(path: string): string {
  return createHash('sha256').update(path, 'utf8').digest('hex').slice(0, 16);
}

/** The repository whose top-level folder is `path` (as git printed it), as the page sees it. */
export function gitRepositoryView(path: string): GitRepositoryView {
  return { id: gitRepositoryId(path), name: basename(path) || path, path };
}

/**
 * Reads the list from `file`. A missing file is an empty list; an unreadable, corrupt or unknown
 * one is too, with a warning, so that a damaged file never stops the Inbox.
 */
export async function loadGitRepositoryList(file: string, warn: (message: string) => void): Promise<GitRepositoryList> {
  let json: unknown;
  try {
    json = JSON.parse((await readTextFileLimited(file, maximumListFileBytes)).contents);
  } catch (error) {
    if (!(isErrorWithCode(error) && error.code === 'ENOENT')) {
      warn(`The git repository list ${file} could not be read (${describe(error)}); it is taken as empty until a repository is added.`);
    }
    return emptyList;
  }
  const result = repositoryListSchema.safeParse(json);
  if (!result.success) {
    warn(
      `The git repository list ${file} is invalid (${z.prettifyError(result.error)}); it is taken as empty until a repository is added.`,
    );
    return emptyList;
  }
  return result.data;
}

/** Writes `list` to `file` all or nothing, creating its folder; an invalid list is refused first. */
export async function saveGitRepositoryList(file: string, list: GitRepositoryList): Promise<void> {
  const result = repositoryListSchema.safeParse(list);
  if (!result.success) {
    throw new Error(`The git repository list is invalid (${z.prettifyError(result.error)}); nothing was saved.`);
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(result.data, null, 2)}\n`);
}

/** The repository list of one app run: read once, then kept in memory and on disk. */
export type GitRepositoryListStore = SettingsStore<GitRepositoryList>;

/** A store for the file `file` (see `SettingsStore`). */
export function createGitRepositoryListStore(file: string, warn: (message: string) => void): GitRepositoryListStore {
  return createSettingsStore({ load: () => loadGitRepositoryList(file, warn), save: (list) => saveGitRepositoryList(file, list) });
}

function isErrorWithCode(error: unknown): error is { code: unknown } {
  return typeof error === 'object' && error !== null && 'code' in error;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
