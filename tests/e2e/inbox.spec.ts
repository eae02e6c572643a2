import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { installMainBridge } from './support/mainBridge';

/*
 * The Inbox's git path, in the browser build, as a user takes it: the command is copied from the
 * Inbox and run in a real repository (built here with commits by two emails of one author, a pull
 * request merged, co-authors and a bot), its output imported through the file chooser; drafts are
 * accepted, edited, merged and dismissed; importing the same history again brings none of them back.
 */

const ada = { name: 'Ada Lovelace', work: 'ada@work.example', home: 'ada@home.example' };

/** Runs git in `cwd` with an argument array (no shell), with no user or system config of this machine. */
function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', ...env },
  });
}

/** Commits a change to `file` as `author` on `date` (a local time with its offset). */
function commit(repo: string, file: string, message: string, author: { name: string; email: string }, date: string) {
  const target = path.join(repo, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${message}\n${date}\n`, { flag: 'a' });
  git(repo, ['add', '--', file]);
  git(repo, ['commit', '-q', '-m', message], {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date,
  });
}

/** A repository with a season of Ada's work, and others' commits that are not hers. */
function buildRepository(root: string): string {
  const repo = path.join(root, 'billing-service');
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  const me = { name: ada.name, email: ada.work };
  const meAtHome = { name: 'ada', email: ada.home };
  const ben = { name: 'Ben Okafor', email: 'ben@work.example' };
  writeFileSync(path.join(repo, '.mailmap'), `${ada.name} <${ada.work}> <${ada.home}>\n`);
  commit(repo, 'src/queue.ts', 'Add the retry queue', me, '2026-09-01T10:00:00+02:00');
  commit(
    repo,
    'src/queue.ts',
    'Tune the retry backoff\n\nCo-authored-by: Ben Okafor <ben@work.example>\nCo-authored-by: Ada Lovelace <ada@work.example>',
    meAtHome,
    '2026-09-01T16:30:00+02:00',
  );
  commit(repo, 'docs/queue.md', 'Document the retry queue', me, '2026-09-03T11:00:00+02:00');
  commit(
    repo,
    'package.json',
    'Bump lodash from 4.17.20 to 4.17.21',
    { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    '2026-09-04T03:00:00+00:00',
  );
  git(repo, ['checkout', '-q', '-b', 'ada/export']);
  commit(repo, 'src/export/csv.ts', 'Write entries as CSV rows', me, '2026-09-05T09:00:00+02:00');
  commit(repo, 'src/export/csv.ts', 'Quote fields that hold commas', me, '2026-09-05T15:00:00+02:00');
  git(repo, ['checkout', '-q', 'main']);
  commit(repo, 'README.md', 'Note the support hours', ben, '2026-09-05T17:00:00+02:00');
  git(repo, ['merge', '-q', '--no-ff', 'ada/export', '-m', 'Merge pull request #7 from ada/export', '-m', 'Export entries as CSV'], {
    GIT_AUTHOR_NAME: me.name,
    GIT_AUTHOR_EMAIL: me.email,
    GIT_AUTHOR_DATE: '2026-09-06T10:00:00+02:00',
    GIT_COMMITTER_NAME: me.name,
    GIT_COMMITTER_EMAIL: me.email,
    GIT_COMMITTER_DATE: '2026-09-06T10:00:00+02:00',
  });
  commit(repo, 'src/queue.ts', 'Revert "Add the retry queue"', me, '2026-09-08T12:00:00+02:00');
  commit(repo, 'src/export/columns.ts', 'Add a scope column to the export', me, '2026-09-10T09:30:00+02:00');
  return repo;
}

function draftCard(page: Page, title: string | RegExp): Locator {
  return page.getByRole('region', { name: 'Drafts' }).getByRole('article', { name: title });
}

async function importGitLog(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import git log…' }).click();
  await (await chooser).setFiles(file);
}

test('the git path: copy the command, run it in a repository, import, then accept, edit, merge and dismiss', async ({
  journal,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await journal.openEmpty();
  const inboxLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox', exact: true });
  await inboxLink.click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await expect(page.getByText('No drafts waiting.')).toBeVisible();

  await page.getByLabel('Your commit emails').fill(ada.work);
  await page.getByLabel('Your commit emails').blur();
  await page.getByRole('button', { name: 'Copy command' }).click();
  await expect(page.getByText('Command copied.')).toBeVisible();
  const command = await page.evaluate(() => navigator.clipboard.readText());
  expect(command).toMatch(/^git /);
  expect(command).toContain('--since=2025-11-18');

  // The user runs the copied command in the repository (the test uses bash as the user's shell).
  const repo = buildRepository(test.info().outputPath('repos'));
  const output = test.info().outputPath('billing-service.txt');
  writeFileSync(
    output,
    execFileSync('bash', ['-c', command], { cwd: repo, env: { PATH: process.env['PATH'] ?? '', HOME: repo, GIT_CONFIG_NOSYSTEM: '1' } }),
  );

  await importGitLog(page, output);
  await expect(page.getByRole('status').filter({ hasText: /^Added 5 drafts from billing-service/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '5 drafts waiting' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('5 drafts waiting')).toBeAttached();

  const drafts = page.getByRole('region', { name: 'Drafts' }).getByRole('article');
  await expect(drafts).toHaveCount(5);
  // Newest first: the day of the scope column, the revert, the pull request, the docs, the first day.
  const pr = draftCard(page, 'PR #7: Export entries as CSV');
  await expect(pr).toContainText('Win');
  await expect(pr).toContainText('Write entries as CSV rows');
  await expect(pr).toContainText('Quote fields that hold commas');
  await expect(pr).not.toContainText('Note the support hours');
  // One day's two commits, one made from Ada's home address (mapped by the .mailmap): one draft.
  const firstDay = draftCard(page, '2 commits in billing-service: Tune the retry backoff');
  await expect(firstDay).toContainText('Add the retry queue');
  await expect(firstDay).toContainText('Ben Okafor');
  await expect(firstDay).not.toContainText('Ada');
  await expect(firstDay).toContainText('billing-service');
  const docs = draftCard(page, 'Document the retry queue');
  await expect(docs).toContainText('Writing');
  const revert = draftCard(page, 'Revert "Add the retry queue"');
  await expect(revert).toContainText('Incident');
  await expect(page.getByRole('region', { name: 'Drafts' })).not.toContainText('lodash');
  expect(await seriousViolations(page), 'the Inbox with drafts').toEqual([]);

  // Accept as it is.
  await docs.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '“Document the retry queue” is now in your journal.' })).toBeVisible();
  await expect(drafts).toHaveCount(4);

  // Dismiss, undo, dismiss for good.
  await revert.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(drafts).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(drafts).toHaveCount(4);
  await revert.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(drafts).toHaveCount(3);

  // Merge the pull request with the day after it: one piece of work.
  await pr.getByRole('checkbox').check();
  await draftCard(page, 'Add a scope column to the export').getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Merge selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Merged 2 drafts into “Add a scope column to the export”/ })).toBeVisible();
  await expect(drafts).toHaveCount(1);

  // Edit and accept: the editor opens on the journal with the draft in it.
  await firstDay.getByRole('button', { name: 'Edit and accept' }).click();
  const title = page.getByLabel('Title');
  await expect(title).toHaveValue('2 commits in billing-service: Tune the retry backoff');
  await title.fill('Built the retry queue with Ben');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(journal.article('Built the retry queue with Ben')).toBeVisible();
  await journal.expectCount(3);
  await expect(journal.article('Add a scope column to the export')).toBeVisible();
  await expect(journal.article('Document the retry queue')).toBeVisible();

  // Nothing accepted, merged or dismissed comes back when the history is imported again.
  await inboxLink.click();
  await expect(page.getByText('No drafts waiting.')).toBeVisible();
  await importGitLog(page, output);
  await expect(page.getByRole('status').filter({ hasText: /^Nothing new in billing-service.txt/ })).toBeVisible();
  await expect(drafts).toHaveCount(0);
});

test('a file that is not git log output gets an alert and changes nothing', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await page.getByLabel('Your commit emails').fill(ada.work);
  const file = test.info().outputPath('notes.txt');
  writeFileSync(file, 'commit 0123456789abcdef0123456789abcdef01234567\nAuthor: Someone <s@example.com>\n\n    A plain git log\n');
  await importGitLog(page, file);
  await expect(page.getByRole('alert')).toContainText('notes.txt was not imported.');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(page.getByText('No drafts waiting.')).toBeVisible();
});

test('the desktop app scans an added repository through the real main-process handler, and adds only what is new', async ({
  journal,
  page,
}) => {
  const repo = buildRepository(test.info().outputPath('repos'));
  // The user picks a folder inside the repository: the repository's top level is what is added.
  await installMainBridge(page, { folderDialogPath: () => path.join(repo, 'src') });
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await page.getByLabel('Your commit emails').fill(ada.work);
  await page.getByRole('button', { name: 'Add git repository…' }).click();
  const repositories = page.getByRole('list', { name: 'Repositories' });
  await expect(repositories.getByRole('listitem')).toHaveCount(1);
  await expect(repositories).toContainText('billing-service');

  await page.getByRole('button', { name: 'Scan now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Added 5 drafts from 1 repository \(10 commits read\)/ })).toBeVisible();
  await expect(draftCard(page, 'PR #7: Export entries as CSV')).toBeVisible();
  await draftCard(page, 'Document the retry queue').getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('article')).toHaveCount(4);

  await page.getByRole('button', { name: 'Scan now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Nothing new in 1 repository/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('article')).toHaveCount(4);

  await page.getByRole('button', { name: 'Remove billing-service' }).click();
  await expect(repositories.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('article')).toHaveCount(4);
});

test('without git, the desktop app says how to install it and still offers the command to run by hand', async ({ journal, page }) => {
  const repo = buildRepository(test.info().outputPath('repos'));
  const userDataPath = test.info().outputPath('user-data');
  mkdirSync(userDataPath, { recursive: true });
  // The repository was added while git worked; now git cannot be found.
  await installMainBridge(page, { folderDialogPath: () => repo, userDataPath });
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await page.getByLabel('Your commit emails').fill(ada.work);
  await page.getByRole('button', { name: 'Add git repository…' }).click();
  await expect(page.getByRole('list', { name: 'Repositories' }).getByRole('listitem')).toHaveCount(1);

  const withoutGit = await page.context().newPage();
  await installMainBridge(withoutGit, { userDataPath, gitExecutable: 'scope-journal-missing-git' });
  await withoutGit.goto('/#/inbox');
  await withoutGit.getByLabel('Your commit emails').fill(ada.work);
  await withoutGit.getByRole('button', { name: 'Scan now' }).click();
  await expect(withoutGit.getByRole('alert')).toContainText('Git is not installed on this computer');
  await expect(withoutGit.getByRole('alert')).toContainText('git-scm.com');
  await expect(withoutGit.getByRole('button', { name: 'Copy command' })).toBeVisible();
  await expect(withoutGit.getByRole('button', { name: 'Import git log…' })).toBeVisible();
  await expect(withoutGit.getByText('No drafts waiting.')).toBeVisible();
});
