/**
 * Turns a tracker export into Inbox drafts, one per finished piece of the user's work: the Jira
 * issues resolved and assigned to them, the Linear issues completed (by them, when their names are
 * given), the pull requests `gh pr list --author @me --state merged` printed. Which export a file
 * is comes from its content (see trackerFormats.ts), never its name.
 *
 * Every piece of the file's text reaches a draft's body through `markdownText`, so a summary or a
 * description reads as written and can never become a link, an image or HTML; an item the Inbox
 * has seen before (drafted, accepted or dismissed) makes no draft again.
 */
import { entryLimits } from '../entries/entrySchema';
import type { EntryKind, EntryLink, EvidenceDraft } from '../types';
import { clipped, markdownText, oneLine } from './evidenceText';
import {
  cellOf,
  cellsOf,
  jiraColumns,
  linearColumns,
  localDays,
  readTrackerFile,
  readWrittenDate,
  slashOrderOf,
  TrackerFormatError,
  type GhPullRequest,
  type SlashOrder,
  type TrackerTable,
  type WrittenDate,
} from './trackerFormats';

export { TrackerFormatError } from './trackerFormats';

export type TrackerSource = 'jira' | 'linear' | 'github';

/** The command the Inbox shows with "Copy command". */
export const ghPrListCommand =
  'gh pr list --author @me --state merged --limit 1000 --json number,title,mergedAt,url,additions,deletions,headRepository';

export interface TrackerDraftOptions {
  /** The file's name, for the drafts' origin and messages. */
  fileName: string;
  /** How the user appears as assignee in Jira/Linear (display names or emails; case-insensitive). */
  names: readonly string[];
  /** Optional Jira site, e.g. 'https://acme.atlassian.net', to link each issue as <site>/browse/KEY. */
  jiraSite?: string;
  /** The user's IANA time zone: a timestamp falls on its local day there. */
  timeZone: string;
  /** Keys drafted before (`jira:KEY`, `linear:ID`, `github:<url>`), never drafted again. */
  known: ReadonlySet<string>;
  createdAt: string;
  newId: () => string;
}

export interface TrackerDrafts {
  source: TrackerSource;
  drafts: EvidenceDraft[];
  /** Issues or pull requests read from the file, before any was chosen. */
  rows: number;
}

/** Longest item key kept: a longer one could not be remembered, so its item makes no draft. */
const maximumItemKeyLength = 1_000;
/** Characters of a description quoted in a draft. */
const descriptionLength = 1_000;
/** Labels made tags, after the project's or team's. */
const labelTags = 10;

/** What every source's drafts share. */
interface Context {
  origin: string;
  isUser: (name: string) => boolean;
  dayOf: (date: WrittenDate) => string;
  known: ReadonlySet<string>;
  createdAt: string;
  newId: () => string;
}

/** A draft before its id, source, origin and creation are added. */
type DraftContent = Omit<EvidenceDraft, 'id' | 'source' | 'origin' | 'createdAt' | 'scope'>;

/** Detects which export `text` is (by content, not the file name) and makes its drafts. */
export function trackerDrafts(text: string, options: TrackerDraftOptions): TrackerDrafts {
  const file = readTrackerFile(text);
  const names = new Set(options.names.map(normalized).filter((name) => name !== ''));
  const context: Context = {
    origin: clipped(oneLine(options.fileName.slice(0, 1_000)), entryLimits.listItem) || 'Tracker export',
    isUser: (name) => names.has(normalized(name)),
    dayOf: localDays(options.timeZone),
    known: options.known,
    createdAt: options.createdAt,
    newId: options.newId,
  };
  let contents: DraftContent[];
  let rows: number;
  if (file.format === 'github') {
    contents = file.pullRequests.flatMap((pullRequest) => pullRequestDraft(pullRequest, context) ?? []);
    rows = file.pullRequests.length;
  } else if (file.format === 'jira') {
    if (names.size === 0)
      throw new Error('Add your name as Jira shows it in the Assignee column (or your email), so your issues can be told from others’.');
    contents = jiraDrafts(file.table, context, jiraSiteOf(options.jiraSite));
    rows = file.table.rows.length;
  } else {
    contents = linearDrafts(file.table, context, names.size > 0);
    rows = file.table.rows.length;
  }

  const seen = new Set<string>();
  const drafts: EvidenceDraft[] = [];
  for (const content of contents) {
    const [key] = content.itemKeys;
    if (key === undefined || key.length > maximumItemKeyLength || context.known.has(key) || seen.has(key)) continue;
    seen.add(key);
    drafts.push({
      id: context.newId(),
      source: file.format,
      origin: context.origin,
      ...content,
      scope: 'team',
      createdAt: context.createdAt,
    });
  }
  drafts.sort((a, b) =>
    a.occurredOn !== b.occurredOn ? (a.occurredOn < b.occurredOn ? 1 : -1) : a.title < b.title ? -1 : a.title > b.title ? 1 : 0,
  );
  return { source: file.format, drafts, rows };
}

/** Names compared as people read them: on one line, without case or surrounding spaces. */
function normalized(name: string): string {
  return oneLine(name.slice(0, 1_000)).normalize('NFC').toLowerCase();
}

/** Text of one line from a cell, bounded before any work is done on it. */
function line(text: string, limit = 2_000): string {
  return oneLine(text.slice(0, limit));
}

function tag(text: string): string {
  return clipped(line(text).toLowerCase().replace(/\s+/g, '-'), entryLimits.listItem);
}

/** The project's or team's tag, then the labels', once each. */
function tagsOf(first: string, labels: readonly string[]): string[] {
  const tags = new Set<string>();
  if (tag(first) !== '') tags.add(tag(first));
  for (const label of labels) {
    if (tags.size > labelTags) break;
    if (tag(label) !== '') tags.add(tag(label));
  }
  return [...tags];
}

function httpLink(label: string, url: string, protocols: readonly string[] = ['http:', 'https:']): EntryLink[] {
  if (url.length > 2_000) return [];
  try {
    return protocols.includes(new URL(url).protocol) ? [{ label: clipped(label, entryLimits.listItem), url }] : [];
  } catch {
    return [];
  }
}

const incidentTypes = new Set(['bug', 'incident']);
const incidentLabels = new Set(['incident', 'hotfix', 'hot-fix']);
const writingWords = new Set(['docs', 'doc', 'documentation']);

/** An incident for a bug or incident, or an issue labelled so; writing for documentation. */
function issueKind(type: string, labels: readonly string[]): EntryKind {
  const normalizedType = normalized(type);
  const normalizedLabels = labels.map(normalized);
  if (incidentTypes.has(normalizedType) || normalizedLabels.some((label) => incidentLabels.has(label))) return 'incident';
  if (writingWords.has(normalizedType) || normalizedLabels.some((label) => writingWords.has(label))) return 'writing';
  return 'win';
}

const botName = /\[bot\]$|(?:^|[\s._-])bot$|^automation for jira$|^jira automation$/i;

/** The person who asked for the work, when it is someone else (and not a bot). */
function requester(name: string, ids: readonly string[], context: Context): string[] {
  const person = clipped(line(name), entryLimits.listItem);
  if (person === '' || context.isUser(person) || ids.some(context.isUser) || botName.test(person)) return [];
  return [person];
}

/** Jira's formula guard is none; Linear prefixes `'` to text a spreadsheet could run as a formula. */
function withoutFormulaGuard(text: string): string {
  return text.replace(/^'(?=[=+\-@])/, '');
}

/**
 * The body: a list of what the tracker says of the item, then the start of its description, each
 * line of it escaped, lines kept apart and paragraphs too.
 */
function bodyOf(facts: readonly [string, string][], description: string): string {
  const lines = facts.filter(([, value]) => line(value) !== '').map(([label, value]) => `- ${label}: ${markdownText(line(value))}`);
  const text = description.slice(0, descriptionLength * 4).replace(/\r\n?/g, '\n');
  const paragraphs: string[][] = [[]];
  let length = 0;
  let isClipped = description.length > descriptionLength * 4;
  for (const each of text.split('\n')) {
    const written = oneLine(each);
    if (written === '') {
      if ((paragraphs.at(-1)?.length ?? 0) > 0) paragraphs.push([]);
      continue;
    }
    if (length >= descriptionLength) {
      isClipped = true;
      break;
    }
    const kept = clipped(written, Math.max(descriptionLength - length, 2));
    length += kept.length;
    if (kept !== written) isClipped = true;
    paragraphs.at(-1)?.push(kept);
  }
  const written = paragraphs
    .filter((paragraph) => paragraph.length > 0)
    // `=` under a line would make it a heading. Two spaces end a line with a break; a backslash
    // would be taken into an address that ends the line.
    .map((paragraph) => paragraph.map((each) => markdownText(each).replace(/^=/, '\\=')).join('  \n'));
  if (isClipped && written.length > 0 && !written.at(-1)?.endsWith('…')) written[written.length - 1] += ' …';
  return [lines.join('\n'), ...written].filter((part) => part !== '').join('\n\n');
}

/** The row as a spreadsheet shows it (the header is row 1), and the key, for messages. */
function rowName(index: number, key: string): string {
  return `Row ${index + 2}${key === '' ? '' : ` (${clipped(key, 40)})`}`;
}

function dateError(index: number, key: string, column: string, value: string, slashOrder: SlashOrder | null): TrackerFormatError {
  const shown = clipped(line(value, 200), 60);
  const isAmbiguous = slashOrder === null && /^\d{1,2}\/\d{1,2}\//.test(value.trim());
  const reason = isAmbiguous
    ? 'could be either day first or month first, and no date in the file tells which'
    : 'is not a date this app can read';
  return new TrackerFormatError(
    `${rowName(index, key)}: the ${column} date “${shown}” ${reason}. Dates like 12/Mar/25 3:45 PM, 2025-03-12 15:45, ` +
      '2025-03-12T15:45:00.000+0100 or 12.03.2025 15:45 can be read: change the date format in your tracker’s settings, ' +
      'export again and choose the new file.',
  );
}

/** A Jira site to link issues on, as `https://host[/path]`; null for none. */
function jiraSiteOf(site: string | undefined): string | null {
  const text = (site ?? '').trim();
  if (text === '') return null;
  let url: URL | null = null;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new Error(`“${clipped(text, 80)}” is not a Jira site address. Write it like https://acme.atlassian.net, or leave it empty.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function jiraDrafts(table: TrackerTable, context: Context, site: string | null): DraftContent[] {
  const assigneeColumns = [...table.columns.keys()].filter((name) => name === 'assignee' || name.startsWith('assignee '));
  const slashOrder = slashOrderOf(
    table.rows.flatMap((row) => cellsOf(table, row, ...jiraColumns.resolved, 'created', 'updated', 'last viewed')),
  );
  const contents: DraftContent[] = [];
  table.rows.forEach((row, index) => {
    const key = line(cellOf(table, row, ...jiraColumns.key), maximumItemKeyLength + 1);
    const resolvedText = cellOf(table, row, ...jiraColumns.resolved);
    const resolution = cellOf(table, row, 'resolution');
    if (key === '' || resolvedText === '' || normalized(resolution) === 'unresolved') return;
    if (!cellsOf(table, row, ...assigneeColumns).some(context.isUser)) return;
    const resolved = readWrittenDate(resolvedText, slashOrder);
    if (!resolved) throw dateError(index, key, 'Resolved', resolvedText, slashOrder);

    const type = cellOf(table, row, 'issue type');
    const labels = cellsOf(table, row, 'labels').flatMap((labelCell) => labelCell.split(/\s+/));
    const project = cellOf(table, row, 'project name');
    const projectKey = cellOf(table, row, 'project key') || key.replace(/-\d+$/, '');
    const status = cellOf(table, row, 'status');
    contents.push({
      occurredOn: context.dayOf(resolved),
      title: clipped(`${key}: ${line(cellOf(table, row, 'summary')) || 'Untitled'}`, entryLimits.title),
      body: bodyOf(
        [
          ['Type', type],
          ['Status', resolution === '' || normalized(resolution) === normalized(status) ? status : `${status} (${resolution})`],
          ['Priority', cellOf(table, row, 'priority')],
          ['Project', project !== '' && projectKey !== '' && project !== projectKey ? `${project} (${projectKey})` : project || projectKey],
        ],
        cellOf(table, row, 'description'),
      ),
      kind: issueKind(type, labels),
      people: requester(cellOf(table, row, 'reporter'), cellsOf(table, row, 'reporter id'), context),
      tags: tagsOf(projectKey, labels),
      links: site === null ? [] : httpLink(key, `${site}/browse/${encodeURIComponent(key)}`),
      itemKeys: [`jira:${key}`],
    });
  });
  return contents;
}

const linearDoneTypes = new Set(['completed', 'done']);
const linearUrlColumns = ['url', 'issue url', 'link', 'issue link', 'permalink'];

function linearDrafts(table: TrackerTable, context: Context, isFilteredByName: boolean): DraftContent[] {
  const slashOrder = slashOrderOf(table.rows.flatMap((row) => cellsOf(table, row, ...linearColumns.completed, 'created', 'updated')));
  const contents: DraftContent[] = [];
  table.rows.forEach((row, index) => {
    const key = line(cellOf(table, row, 'id'), maximumItemKeyLength + 1);
    const completedText = cellOf(table, row, ...linearColumns.completed);
    const isDone = completedText !== '' || linearDoneTypes.has(normalized(cellOf(table, row, ...linearColumns.statusType)));
    if (key === '' || !isDone) return;
    if (isFilteredByName && !context.isUser(cellOf(table, row, 'assignee'))) return;
    // Done without a completion date (a status set by hand): the last update is the nearest day.
    const dateColumn = completedText !== '' ? 'Completed' : 'Updated';
    const dateText = completedText || cellOf(table, row, 'updated', 'updated at');
    if (dateText === '') return;
    const completed = readWrittenDate(dateText, slashOrder);
    if (!completed) throw dateError(index, key, dateColumn, dateText, slashOrder);

    const team = cellOf(table, row, 'team');
    const labels = cellsOf(table, row, 'labels').flatMap((labelCell) => withoutFormulaGuard(labelCell).split(','));
    const priority = cellOf(table, row, 'priority');
    const url = cellOf(table, row, ...linearUrlColumns);
    contents.push({
      occurredOn: context.dayOf(completed),
      title: clipped(`${key}: ${line(withoutFormulaGuard(cellOf(table, row, 'title'))) || 'Untitled'}`, entryLimits.title),
      body: bodyOf(
        [
          ['Type', cellOf(table, row, 'issue type', 'type')],
          ['Status', cellOf(table, row, 'status')],
          ['Priority', normalized(priority) === 'no priority' ? '' : priority],
          ['Team', team],
          ['Project', cellOf(table, row, 'project')],
        ],
        withoutFormulaGuard(cellOf(table, row, 'description')),
      ),
      kind: issueKind(cellOf(table, row, 'issue type', 'type'), labels),
      people: requester(cellOf(table, row, 'creator'), [], context),
      tags: tagsOf(team, labels),
      links: url === '' ? [] : httpLink(key, url),
      itemKeys: [`linear:${key}`],
    });
  });
  return contents;
}

/** The repository part of `https://github.com/owner/repo/pull/1`; '' for another address. */
function repositoryFromUrl(url: string): string {
  try {
    const [, , repository = '', kind] = new URL(url).pathname.split('/');
    return kind === 'pull' ? decodeURIComponent(repository) : '';
  } catch {
    return '';
  }
}

const hotfixWord = /(?<![a-z])hot-?fix(?:es)?(?![a-z])/i;
const documentationTitle = /^docs?(?:\([^)]*\))?!?:/i;

function pullRequestKind(title: string): EntryKind {
  if (title.startsWith('Revert ') || hotfixWord.test(title)) return 'incident';
  return documentationTitle.test(title) ? 'writing' : 'win';
}

const numberFormat = new Intl.NumberFormat('en-US');

function pullRequestDraft(pullRequest: GhPullRequest, context: Context): DraftContent | null {
  if (pullRequest.mergedAt === null) return null;
  const merged = readWrittenDate(pullRequest.mergedAt, null);
  if (!merged || 'day' in merged)
    throw new TrackerFormatError(
      `Pull request #${pullRequest.number}: its mergedAt “${clipped(line(pullRequest.mergedAt, 200), 60)}” is not a time gh prints. ` +
        'Run the command the Inbox shows again and choose its output.',
    );
  const url = pullRequest.url.trim();
  const links = httpLink(`PR #${pullRequest.number}`, url, ['https:']);
  const repository = line(pullRequest.headRepository?.name ?? '', 300) || line(repositoryFromUrl(url), 300);
  const reference = `PR #${pullRequest.number}`;
  const title = line(pullRequest.title);
  const changes =
    pullRequest.additions === undefined || pullRequest.deletions === undefined
      ? ''
      : `+${numberFormat.format(pullRequest.additions)} \u2212${numberFormat.format(pullRequest.deletions)} lines`;
  const urlKey = `github:${url}`;
  return {
    occurredOn: context.dayOf(merged),
    title: clipped(`${reference}: ${title || 'Untitled'}`, entryLimits.title),
    body: bodyOf(
      [
        ['Repository', repository],
        ['Changes', changes],
      ],
      '',
    ),
    kind: pullRequestKind(title),
    people: [],
    tags: repository === '' ? [] : [tag(repository)],
    links,
    itemKeys: [
      links.length > 0 && urlKey.length <= maximumItemKeyLength ? urlKey : `github:${repository || 'unknown'}#${pullRequest.number}`,
    ],
  };
}
