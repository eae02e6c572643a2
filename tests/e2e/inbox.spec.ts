import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Whether process `pid` still runs (signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
  const gitHistory = page.getByRole('region', { name: 'Git history' });
  await gitHistory.getByRole('button', { name: 'Copy command' }).click();
  await expect(gitHistory.getByText('Command copied.')).toBeVisible();
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
  await expect(withoutGit.getByRole('region', { name: 'Git history' }).getByRole('button', { name: 'Copy command' })).toBeVisible();
  await expect(withoutGit.getByRole('button', { name: 'Import git log…' })).toBeVisible();
  await expect(withoutGit.getByText('No drafts waiting.')).toBeVisible();
});

test('a scan that takes long shows what it is doing and can be cancelled, which stops git itself', async ({ journal, page }) => {
  test.skip(process.platform === 'win32', 'the stand-in git is a shell script');
  // A git that answers which repository a folder is in, then hangs on the log like a huge history.
  const folder = test.info().outputPath('huge-monorepo');
  mkdirSync(folder, { recursive: true });
  const slowGit = test.info().outputPath('slow-git');
  const pidFile = test.info().outputPath('slow-git.pid');
  writeFileSync(slowGit, `#!/bin/sh\ncase "$3" in rev-parse) echo "$2";; *) echo $$ > '${pidFile}'; exec sleep 120;; esac\n`, {
    mode: 0o755,
  });
  await installMainBridge(page, { folderDialogPath: () => folder, gitExecutable: slowGit });
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await page.getByLabel('Your commit emails').fill(ada.work);
  await page.getByRole('button', { name: 'Add git repository…' }).click();
  await expect(page.getByRole('list', { name: 'Repositories' })).toContainText('huge-monorepo');

  await page.getByRole('button', { name: 'Scan now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Running git in huge-monorepo (1 of 1)…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Scan now' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled. Nothing was changed.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Scan now' })).toBeEnabled();
  await expect(page.getByText('No drafts waiting.')).toBeVisible();
  // git was stopped, not left running.
  const pid = Number(readFileSync(pidFile, 'utf8'));
  await expect.poll(() => isRunning(pid)).toBe(false);
});

const fixtures = path.join(__dirname, '..', 'fixtures');

async function importThrough(page: Page, button: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

test.describe('calendars and tracker exports, as exported by the real apps', () => {
  // The calendar's days are counted in the user's zone: a late New York call is the next day in Berlin.
  test.use({ timezoneId: 'Europe/Berlin' });

  test('a Google calendar for a chosen month: talks, reviews and retros, a monthly 1:1, and nothing twice', async ({ journal, page }) => {
    await journal.openEmpty();
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    const calendar = page.getByRole('region', { name: 'Calendar', exact: true });
    await calendar.getByLabel('Your calendar emails').fill('ada@work.example');
    await calendar.getByLabel('Your calendar emails').blur();
    // The period starts a year back, to today.
    await expect(calendar.getByLabel('From', { exact: true })).toHaveValue('2025-11-18');
    await expect(calendar.getByLabel('To', { exact: true })).toHaveValue('2026-11-18');
    await calendar.getByLabel('From', { exact: true }).fill('2025-03-01');
    await calendar.getByLabel('To', { exact: true }).fill('2025-03-31');

    await importThrough(page, 'Import calendar…', path.join(fixtures, 'calendar', 'google.ics'));
    await expect(
      page.getByRole('status').filter({ hasText: 'Added 11 drafts from google.ics (15 events between 2025-03-01 and 2025-03-31).' }),
    ).toBeVisible();
    const drafts = page.getByRole('region', { name: 'Drafts' }).getByRole('article');
    await expect(drafts).toHaveCount(11);
    // The weekly 1:1 (one moved, one cancelled) is one draft for the month, with Aiko from the attendees.
    const oneToOnes = draftCard(page, '3 one-to-ones with Aiko Tanaka in March');
    await expect(oneToOnes).toContainText('Mentoring');
    await expect(oneToOnes).toContainText('Aiko Tanaka');
    await expect(oneToOnes).toContainText('Calendar · google.ics');
    // The incident call at 23:30 in New York is on the 15th in Berlin.
    const incident = draftCard(page, 'Incident bridge: checkout errors');
    await expect(incident).toContainText('Incident');
    await expect(incident).toContainText('Sam Rivera');
    await expect(incident).toContainText(/15 Mar(ch)? 2025/);
    await expect(draftCard(page, 'Architecture design review')).toHaveCount(4);
    await expect(draftCard(page, 'Sprint retro')).toHaveCount(3);
    // A dentist appointment, a declined demo and a public holiday are no evidence.
    await expect(page.getByRole('region', { name: 'Drafts' })).not.toContainText('Dentist');
    await expect(page.getByRole('region', { name: 'Drafts' })).not.toContainText('Quarterly planning demo');
    await expect(page.getByRole('region', { name: 'Drafts' })).not.toContainText('Karfreitag');
    expect(await seriousViolations(page), 'the Inbox with calendar drafts').toEqual([]);

    await oneToOnes.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(drafts).toHaveCount(10);
    await incident.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(drafts).toHaveCount(9);

    // The same file again adds nothing: not the accepted, not the dismissed, not the waiting.
    await importThrough(page, 'Import calendar…', path.join(fixtures, 'calendar', 'google.ics'));
    await expect(page.getByRole('status').filter({ hasText: /^Nothing new in google\.ics \(15 events/ })).toBeVisible();
    await expect(drafts).toHaveCount(9);
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    await expect(journal.article('3 one-to-ones with Aiko Tanaka in March')).toBeVisible();
  });

  test('Jira, Linear and GitHub exports: one draft per issue or pull request, with its key, link and day', async ({
    journal,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await journal.openEmpty();
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    const trackers = page.getByRole('region', { name: 'Tracker exports' });
    await trackers.getByLabel('Your name in Jira and Linear').fill('Ada Lovelace');
    await trackers.getByLabel('Your name in Jira and Linear').blur();
    await trackers.getByLabel('Jira site').fill('https://example.atlassian.net');
    await trackers.getByLabel('Jira site').blur();
    // gh lists 30 pull requests unless told more: the command asks for up to 1,000.
    await trackers.getByRole('button', { name: 'Copy command' }).click();
    await expect(trackers.getByText('Command copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'gh pr list --author @me --state merged --limit 1000 --json number,title,mergedAt,url,additions,deletions,headRepository',
    );

    await importThrough(page, 'Import tracker export…', path.join(fixtures, 'trackers', 'jira.csv'));
    await expect(
      page.getByRole('status').filter({ hasText: 'Added 3 drafts from jira.csv (a Jira export, 8 issues read).' }),
    ).toBeVisible();
    // The same issue is in the Linear export below: the draft from Jira is the one with Jira's link.
    const coldStart = draftCard(page, 'ENG-142: Cut cold start by 40%').filter({ hasText: 'Jira · jira.csv' });
    await expect(coldStart).toContainText(/12 Mar(ch)? 2025/);
    await expect(coldStart.getByRole('link', { name: 'ENG-142' })).toHaveAttribute('href', 'https://example.atlassian.net/browse/ENG-142');
    await expect(draftCard(page, 'ENG-143: Fix the crash when the journal is empty')).toContainText('Incident');

    await importThrough(page, 'Import tracker export…', path.join(fixtures, 'trackers', 'linear.csv'));
    await expect(page.getByRole('status').filter({ hasText: /^Added 3 drafts from linear\.csv \(a Linear export/ })).toBeVisible();
    await expect(draftCard(page, 'ENG-170: Sign-in outage after the certificate expired')).toContainText('Linear · linear.csv');

    await importThrough(page, 'Import tracker export…', path.join(fixtures, 'trackers', 'gh-pr-list.json'));
    await expect(
      page.getByRole('status').filter({ hasText: /^Added 5 drafts from gh-pr-list\.json \(a GitHub export, 5 pull requests read\)/ }),
    ).toBeVisible();
    const pullRequest = draftCard(page, 'PR #470: Support right-to-left journals');
    await expect(pullRequest.getByRole('link', { name: 'PR #470' })).toHaveAttribute(
      'href',
      'https://github.com/acme/scope-journal/pull/470',
    );
    // A title that holds markup is shown as text, and runs nothing.
    await expect(draftCard(page, 'PR #466: Escape <img src=x onerror=alert(1)> in titles')).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('article')).toHaveCount(11);

    // Accepting keeps the link on the entry.
    await coldStart.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    await journal.article('ENG-142: Cut cold start by 40%').click();
    await expect(page.getByRole('link', { name: 'ENG-142' })).toHaveAttribute('href', 'https://example.atlassian.net/browse/ENG-142');
  });

  test('a long export is listed fifty drafts at a time, with "Show more"', async ({ journal, page }) => {
    // 120 merged pull requests, a busy year in one repository.
    const pulls = Array.from({ length: 120 }, (_, index) => ({
      additions: 10 + index,
      deletions: index,
      headRepository: { id: 'R_1', name: 'scope-journal' },
      mergedAt: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}T12:00:00Z`,
      number: 1000 + index,
      title: `Pull request number ${1000 + index}`,
      url: `https://github.com/acme/scope-journal/pull/${1000 + index}`,
    }));
    const file = test.info().outputPath('gh-busy-year.json');
    writeFileSync(file, JSON.stringify(pulls));
    await journal.openEmpty();
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await importThrough(page, 'Import tracker export…', file);
    await expect(page.getByRole('status').filter({ hasText: /^Added 120 drafts from gh-busy-year\.json/ })).toBeVisible();
    const drafts = page.getByRole('region', { name: 'Drafts' }).getByRole('article');
    await expect(drafts).toHaveCount(50);
    await expect(page.getByText('50 of 120 shown')).toBeVisible();
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await expect(drafts).toHaveCount(100);
    await page.getByRole('button', { name: 'Show 20 more' }).click();
    await expect(drafts).toHaveCount(120);
    await expect(page.getByText(/of 120 shown/)).toHaveCount(0);
  });

  test('a file that is not the export or calendar it claims to be gets an alert and changes nothing', async ({ journal, page }) => {
    await journal.openEmpty();
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await page.getByLabel('Your name in Jira and Linear').fill('Ada Lovelace');
    await importThrough(page, 'Import tracker export…', path.join(fixtures, 'trackers', 'not-an-export.csv'));
    await expect(page.getByRole('alert')).toContainText('not-an-export.csv was not imported.');
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');

    await importThrough(page, 'Import tracker export…', path.join(fixtures, 'trackers', 'jira-truncated.csv'));
    await expect(page.getByRole('alert')).toContainText('jira-truncated.csv was not imported.');

    const notes = test.info().outputPath('meeting-notes.ics');
    writeFileSync(notes, 'Talk on Friday about the retry queue\n');
    await importThrough(page, 'Import calendar…', notes);
    await expect(page.getByRole('alert')).toContainText('meeting-notes.ics was not imported.');
    await expect(page.getByRole('alert')).toContainText('not a calendar file');
    await expect(page.getByText('No drafts waiting.')).toBeVisible();
  });
});
