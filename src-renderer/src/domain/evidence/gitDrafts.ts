/**
 * Turns the commits of one repository into Inbox drafts: one per pull request the user worked on,
 * one per day for the rest of their commits. Pull requests are found the way they were merged: a
 * merge commit that names one ("Merge pull request #7 from …", GitLab's "See merge request …!45")
 * covers the commits its branch brought in; a squashed one is the commit whose subject ends "(#9)".
 *
 * Bots' commits never make or join a draft, and a commit the Inbox has seen before (drafted,
 * accepted or dismissed) is left out, so a rescan offers only what is new.
 */
import { counted } from '../counted';
import { entryLimits } from '../entries/entrySchema';
import type { EntryKind, EvidenceDraft } from '../types';
import { clipped, markdownText, oneLine } from './evidenceText';
import { childrenFirst, mergedPositions, type CommitOrder } from './gitGraph';
import type { GitCommit } from './gitLog';

/** A pull request, a squashed pull request, or the rest of the user's commits of one day. */
interface CommitGroup {
  /** `PR #7`, `MR !45`; null for a day. */
  reference: string | null;
  /** The pull request's title, or '' for a day. */
  title: string;
  branch: string;
  /** The merge commits that name the pull request (none for a squash or a day). */
  merges: GitCommit[];
  /** The commits of the work itself, oldest first. */
  commits: GitCommit[];
}

const gitHubMerge = /^Merge pull request #(\d+) from (\S+)/;
const gitLabMerge = /^Merge branch '(.+)' into '.+'$/;
const gitLabReference = /See merge request \S*!(\d+)/;
const squashSuffix = /^(.*?)\s*\(#(\d+)\)$/;

const botNames = new Set([
  'dependabot',
  'dependabot-preview',
  'renovate',
  'renovate-bot',
  'github-actions',
  'github-action',
  'greenkeeper',
  'snyk-bot',
  'pre-commit-ci',
  'mergify',
  'imgbot',
  'semantic-release-bot',
]);

/** GitHub marks its apps `name[bot]`; older bots and self-hosted ones go by their product's name. */
function isBot(name: string, email: string): boolean {
  const normalized = name.trim().toLowerCase();
  if (normalized.endsWith('[bot]') || email.toLowerCase().includes('[bot]')) return true;
  return botNames.has(normalized.replace(/[\s_]+/g, '-'));
}

type PullRequest = Pick<CommitGroup, 'title' | 'branch'> & { reference: string };

/** The pull request a commit stands for, if any: a merge that names one, or a squashed one. */
function pullRequestOf(commit: GitCommit): PullRequest | null {
  const firstBodyLine = oneLine(commit.body.split('\n', 1)[0] ?? '');
  if (commit.parents.length >= 2) {
    const gitHub = gitHubMerge.exec(commit.subject);
    if (gitHub) {
      const from = gitHub[2] ?? '';
      return { reference: `PR #${gitHub[1]}`, title: firstBodyLine, branch: from.slice(from.indexOf('/') + 1) };
    }
    const gitLab = gitLabMerge.exec(commit.subject);
    const number = gitLabReference.exec(commit.body)?.[1];
    if (gitLab && number !== undefined) {
      const title = gitLabReference.test(firstBodyLine) ? '' : firstBodyLine;
      return { reference: `MR !${number}`, title, branch: gitLab[1] ?? '' };
    }
    return null;
  }
  const squash = squashSuffix.exec(commit.subject);
  return squash ? { reference: `PR #${squash[2]}`, title: squash[1] ?? '', branch: '' } : null;
}

const hotfixWord = /(?<![a-z])hot-?fix(?:es)?(?![a-z])/i;

function isIncident(text: string): boolean {
  return text.startsWith('Revert ') || hotfixWord.test(text);
}

const documentationExtension = /\.(?:md|mdx|rst|adoc|txt)$/i;

function isDocumentation(path: string): boolean {
  const folders = path.toLowerCase().split('/').slice(0, -1);
  return documentationExtension.test(path) || folders.includes('docs') || folders.includes('doc');
}

/**
 * The kind a draft suggests: writing when every file it changed is documentation; an incident for
 * a revert or a hotfix (a pull request by its title and branch, a day by any of its commits, since
 * a pull request's own reverted experiments are no incident); otherwise a win.
 */
function kindOf(group: CommitGroup, files: readonly GitCommit['files'][number][]): EntryKind {
  if (files.length > 0 && files.every((file) => isDocumentation(file.path))) return 'writing';
  const isIncidentWork =
    group.reference === null
      ? group.commits.some((commit) => isIncident(commit.subject))
      : isIncident(group.title) || hotfixWord.test(group.branch);
  return isIncidentWork ? 'incident' : 'win';
}

const numberFormat = new Intl.NumberFormat('en-US');
const listedCommits = 20;

function lineChanges(commit: GitCommit): number {
  return commit.files.reduce((sum, file) => sum + (file.added ?? 0) + (file.deleted ?? 0), 0);
}

/** The list of commits, then `12 files, +340 −25 lines` and the three most changed top folders. */
function bodyOf(
  commits: readonly GitCommit[],
  files: readonly GitCommit['files'][number][],
  isUsers: (commit: GitCommit) => boolean,
): string {
  const lines = commits.slice(0, listedCommits).map((commit) => {
    const author = isUsers(commit) ? '' : `, ${markdownText(commit.authorName)}`;
    return `- ${markdownText(commit.subject) || 'No subject'} (\`${commit.hash.slice(0, 7)}\`${author})`;
  });
  if (commits.length > listedCommits) lines.push(`- … and ${counted(commits.length - listedCommits, 'more commit', 'more commits')}`);
  if (files.length === 0) return [...lines, '', 'No files changed.'].join('\n');

  const paths = new Set<string>();
  const folderLines = new Map<string, number>();
  let added = 0;
  let deleted = 0;
  for (const file of files) {
    paths.add(file.path);
    added += file.added ?? 0;
    deleted += file.deleted ?? 0;
    const slash = file.path.indexOf('/');
    if (slash > 0) {
      const folder = file.path.slice(0, slash);
      folderLines.set(folder, (folderLines.get(folder) ?? 0) + (file.added ?? 0) + (file.deleted ?? 0));
    }
  }
  const summary = `${counted(paths.size, 'file', 'files')}, +${numberFormat.format(added)} \u2212${numberFormat.format(deleted)} lines.`;
  const folders = [...folderLines]
    .sort(([nameA, linesA], [nameB, linesB]) => linesB - linesA || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0))
    .slice(0, 3)
    .map(([name]) => markdownText(name));
  return [...lines, '', folders.length === 0 ? summary : `${summary} Top folders: ${folders.join(', ')}.`].join('\n');
}

/**
 * The pull requests in the log and every commit they claim. Merges come first, oldest first, so a
 * pull request merged into another's branch keeps its own commits; then squashed pull requests
 * among the commits no merge claimed, so a branch commit that mentions an issue ("Fix crash (#45)")
 * stays with its pull request. Merges inside a branch (bringing it up to date) are claimed but are
 * no part of the work.
 */
function pullRequestGroups({ order, positions }: CommitOrder): { pullRequests: Map<string, CommitGroup>; claimed: Set<string> } {
  const paint = new Uint8Array(order.length);
  const claimed = new Set<string>();
  const pullRequests = new Map<string, CommitGroup>();
  const groupOf = (pullRequest: PullRequest): CommitGroup => {
    const group = pullRequests.get(pullRequest.reference) ?? { ...pullRequest, merges: [], commits: [] };
    if (group.title === '') group.title = pullRequest.title;
    pullRequests.set(pullRequest.reference, group);
    return group;
  };
  for (const isMergePass of [true, false]) {
    for (let position = order.length - 1; position >= 0; position -= 1) {
      const commit = order[position];
      if (!commit || claimed.has(commit.hash) || commit.parents.length >= 2 !== isMergePass) continue;
      const pullRequest = pullRequestOf(commit);
      if (!pullRequest) continue;
      const group = groupOf(pullRequest);
      claimed.add(commit.hash);
      if (!isMergePass) {
        group.commits.push(commit);
        continue;
      }
      group.merges.push(commit);
      for (const merged of mergedPositions(commit, order, positions, paint).reverse()) {
        const mergedCommit = order[merged];
        if (!mergedCommit || claimed.has(mergedCommit.hash)) continue;
        claimed.add(mergedCommit.hash);
        if (mergedCommit.parents.length < 2) group.commits.push(mergedCommit);
      }
    }
  }
  return { pullRequests, claimed };
}

/** What the caller knows of the repository and the user. */
export interface GitDraftOptions {
  /** The repository's name, shown as the drafts' origin and made their tag. */
  repository: string;
  /** The addresses the user commits with (after .mailmap); at least one. */
  emails: readonly string[];
  /** Keys (`git:<hash>`) of commits drafted before, whatever became of the drafts. */
  known: ReadonlySet<string>;
  createdAt: string;
  newId: () => string;
}

/**
 * The drafts `commits` make for the user, newest first (see the module comment). A pull request is
 * the user's when they wrote any of its new, non-bot commits; its merge commit only stands in for
 * them when none of its branch is in the log. Merges that name no pull request (a branch brought up
 * to date) carry no work of their own and make no draft.
 */
export function gitDrafts(commits: readonly GitCommit[], options: GitDraftOptions): EvidenceDraft[] {
  const emails = new Set(options.emails.map((email) => email.trim().toLowerCase()).filter((email) => email !== ''));
  if (emails.size === 0) throw new Error('Add at least one email address you commit with, so your commits can be told from others’.');
  const repository = oneLine(options.repository);
  if (repository === '') throw new Error('Name the repository, so its drafts can say where they come from.');

  const isUsers = (commit: GitCommit): boolean => emails.has(commit.authorEmail.trim().toLowerCase());
  const isFresh = (commit: GitCommit): boolean => !isBot(commit.authorName, commit.authorEmail) && !options.known.has(`git:${commit.hash}`);

  const commitOrder = childrenFirst(commits);
  const { order } = commitOrder;
  const { pullRequests, claimed } = pullRequestGroups(commitOrder);
  const days = new Map<string, CommitGroup>();
  for (let position = order.length - 1; position >= 0; position -= 1) {
    const commit = order[position];
    if (!commit || claimed.has(commit.hash) || commit.parents.length >= 2 || !isUsers(commit) || !isFresh(commit)) continue;
    const group = days.get(commit.day) ?? { reference: null, title: '', branch: '', merges: [], commits: [] };
    days.set(commit.day, group);
    group.commits.push(commit);
  }

  const drafts: EvidenceDraft[] = [];
  for (const group of [...pullRequests.values(), ...days.values()]) {
    // A pull request whose branch is outside the log is known by its merge alone.
    const work = (group.commits.length > 0 ? group.commits : group.merges).filter(isFresh);
    if (!work.some(isUsers)) continue;
    const covered = [...new Set([...work, ...group.merges.filter(isFresh)])];
    drafts.push(draftOf(group, work, covered, { repository, emails, isUsers, createdAt: options.createdAt, newId: options.newId }));
  }
  return drafts.sort((a, b) =>
    a.occurredOn !== b.occurredOn ? (a.occurredOn < b.occurredOn ? 1 : -1) : a.title < b.title ? -1 : a.title > b.title ? 1 : 0,
  );
}

function draftOf(
  group: CommitGroup,
  work: readonly GitCommit[],
  covered: readonly GitCommit[],
  options: Omit<GitDraftOptions, 'emails' | 'known'> & { emails: ReadonlySet<string>; isUsers: (commit: GitCommit) => boolean },
): EvidenceDraft {
  const { repository, isUsers } = options;
  const files = work.flatMap((commit) => commit.files);
  let title: string;
  if (group.reference !== null) {
    title = `${group.reference}: ${oneLine(group.title) || oneLine(group.branch) || 'Untitled'}`;
  } else {
    // The commit that changed most lines speaks for a busy day; the earliest breaks a tie.
    const largest = work.reduce((best, commit) => (lineChanges(commit) > lineChanges(best) ? commit : best));
    const subject = oneLine(largest.subject) || `Commit ${largest.hash.slice(0, 7)}`;
    title = work.length === 1 ? subject : `${counted(work.length, 'commit', 'commits')} in ${repository}: ${subject}`;
  }

  const people = new Map<string, string>();
  for (const person of covered.flatMap((commit) => commit.coAuthors)) {
    const name = clipped(oneLine(person.name), entryLimits.listItem);
    const isUser = options.emails.has(person.email.trim().toLowerCase());
    if (name !== '' && !isUser && !isBot(person.name, person.email) && !people.has(name.toLowerCase()))
      people.set(name.toLowerCase(), name);
  }

  return {
    id: options.newId(),
    source: 'git',
    origin: repository,
    occurredOn: covered.reduce((latest, commit) => (commit.day > latest ? commit.day : latest), ''),
    title: clipped(title, entryLimits.title),
    body: bodyOf(work, files, isUsers),
    kind: kindOf(group, files),
    scope: 'team',
    people: [...people.values()].slice(0, entryLimits.listItems),
    tags: [clipped(repository.toLowerCase().replace(/\s+/g, '-'), entryLimits.listItem)],
    links: [],
    itemKeys: covered.map((commit) => `git:${commit.hash}`),
    createdAt: options.createdAt,
  };
}
