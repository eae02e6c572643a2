/**
 * Reads the output of the Inbox's git command (`src-main/shared/gitLogCommand.ts`, which describes
 * the format) into commits. The same text arrives from a file the user saved and from the desktop
 * app running git itself, so both are checked alike: anything else, or a file cut short, is
 * refused whole with a message that says what to do, never half-read.
 *
 * The text is split once on NUL and read field by field, so 50,000 commits take a few tens of
 * milliseconds; the only regular expressions run once per field, never per character.
 */
import { gitLogRecordMarker, maximumGitLogCharacters, maximumGitLogCommits } from '../../../../src-main/shared/gitLogCommand';
import { isLocalDate } from '../../../../src-main/shared/values';

/** One commit as git printed it. */
export interface GitCommit {
  hash: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** As git printed it, with offset. */
  authorDate: string;
  /** The author's own calendar day, YYYY-MM-DD, from authorDate's first 10 characters (never the machine's time zone). */
  day: string;
  subject: string;
  body: string;
  coAuthors: { name: string; email: string }[];
  /** Lines added and deleted per file; `null` for a binary file. A renamed file has its new path. */
  files: { path: string; added: number | null; deleted: number | null }[];
}

/** What was wrong with a git log, for code that reacts to one case (the message says it to people). */
export type GitLogProblem = 'not-git-log' | 'truncated' | 'too-large' | 'too-many-commits' | 'damaged';

/** A git log that cannot be read; its message is for the user, in plain words. */
export class GitLogFormatError extends Error {
  override readonly name = 'GitLogFormatError';
  readonly problem: GitLogProblem;

  constructor(problem: GitLogProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

const runAgain = 'Run the command from the Inbox again and choose the new file.';
const shorterPeriod = 'In the Inbox, choose a later start date so the command covers less history, run it again and choose the new file.';

function notGitLog(): GitLogFormatError {
  return new GitLogFormatError(
    'not-git-log',
    'This file is not the output of the git command shown in the Inbox. Copy the command from the Inbox, run it in your repository with its output saved to a file, and choose that file.',
  );
}

function truncated(): GitLogFormatError {
  return new GitLogFormatError(
    'truncated',
    `This git history file is incomplete: it ends partway through a commit, perhaps because the command was stopped or the file was cut. ${runAgain}`,
  );
}

function damaged(commitNumber: number, what: string): GitLogFormatError {
  return new GitLogFormatError('damaged', `This git history file is damaged: commit ${commitNumber} has ${what}. ${runAgain}`);
}

/** Fields of a record before its files: the marker, hash, parents, date, email, name, co-authors, subject, body. */
const headerFieldCount = 9;
const hashPattern = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Strict ISO 8601 as `%aI` prints it: seconds and an offset, always. */
const datePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
/** A `Co-authored-by` value: `Name <email>`. */
const personPattern = /^(.*?)\s*<([^<>]*)>$/;
const hyphen = 45;
const lineFeed = 10;

/**
 * A count of changed lines between `start` and `end` of `field`: digits, or `-` for a binary file
 * (null); undefined for anything git does not write. Read by hand, as this runs for every file.
 */
function lineCount(field: string, start: number, end: number): number | null | undefined {
  if (end - start === 1 && field.charCodeAt(start) === hyphen) return null;
  // Fifteen digits always fit a number exactly.
  if (end <= start || end - start > 15) return undefined;
  let count = 0;
  for (let index = start; index < end; index += 1) {
    const digit = field.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    count = count * 10 + digit;
  }
  return count;
}

function coAuthorsOf(trailers: string): GitCommit['coAuthors'] {
  if (trailers === '') return [];
  const people: GitCommit['coAuthors'] = [];
  for (const value of trailers.split('\u001f')) {
    const trimmed = value.trim();
    const match = personPattern.exec(trimmed);
    const person = match ? { name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() } : { name: trimmed, email: '' };
    if (person.name !== '' || person.email !== '') people.push(person);
  }
  return people;
}

/**
 * The commits of the git log `text`, in the order git printed them (newest first). Empty text is
 * no commits: a quiet repository is no error. Throws `GitLogFormatError` for anything that is not
 * whole, unchanged output of the Inbox's command, or that is larger than the limits.
 *
 * One cut it cannot see: a file that ends exactly between two changed files of its last commit
 * reads as that commit having fewer files.
 */
export function parseGitLog(text: string): GitCommit[] {
  if (text.length > maximumGitLogCharacters) {
    throw new GitLogFormatError(
      'too-large',
      `This git history file is larger than ${maximumGitLogCharacters / 1024 / 1024} MB. ${shorterPeriod}`,
    );
  }
  // An editor may have added a byte-order mark; it is not part of git's output.
  const content = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (content.trim() === '') return [];
  if (!content.startsWith(`${gitLogRecordMarker}\0`)) throw notGitLog();
  // git ends every record, and every changed file, with a NUL.
  if (!content.endsWith('\0')) throw truncated();

  const fields = content.slice(0, -1).split('\0');
  // Counted first, so too long a history is refused before any of it is read.
  let recordCount = 0;
  for (const field of fields) if (field === gitLogRecordMarker) recordCount += 1;
  if (recordCount > maximumGitLogCommits) {
    throw new GitLogFormatError(
      'too-many-commits',
      `This git history has more than ${maximumGitLogCommits.toLocaleString('en-US')} commits. ${shorterPeriod}`,
    );
  }

  const commits: GitCommit[] = [];
  let position = 0;
  while (position < fields.length) {
    const commitNumber = commits.length + 1;
    if (position + headerFieldCount > fields.length) throw truncated();
    const hash = fields[position + 1] ?? '';
    const parents = fields[position + 2] ?? '';
    const authorDate = fields[position + 3] ?? '';
    const authorEmail = fields[position + 4] ?? '';
    const authorName = fields[position + 5] ?? '';
    const trailers = fields[position + 6] ?? '';
    const subject = fields[position + 7] ?? '';
    const body = fields[position + 8] ?? '';
    position += headerFieldCount;
    if (!hashPattern.test(hash)) throw damaged(commitNumber, 'a hash that is not a git commit hash');
    const parentHashes = parents === '' ? [] : parents.split(' ');
    if (!parentHashes.every((parent) => hashPattern.test(parent)))
      throw damaged(commitNumber, 'a parent hash that is not a git commit hash');
    const day = authorDate.slice(0, 10);
    if (!datePattern.test(authorDate) || !isLocalDate(day) || Number.isNaN(Date.parse(authorDate))) {
      throw damaged(commitNumber, 'an author date that is not a date git writes');
    }

    const files: GitCommit['files'] = [];
    for (let isFirst = true; position < fields.length && fields[position] !== gitLogRecordMarker; isFirst = false) {
      const field = fields[position] ?? '';
      // git starts the list of changed files on a line of its own (CRLF if something converted it).
      const start = !isFirst || field.charCodeAt(0) !== lineFeed ? (isFirst && field.startsWith('\r\n') ? 2 : 0) : 1;
      const firstTab = field.indexOf('\t', start);
      const secondTab = firstTab === -1 ? -1 : field.indexOf('\t', firstTab + 1);
      const added = firstTab === -1 ? undefined : lineCount(field, start, firstTab);
      const deleted = secondTab === -1 ? undefined : lineCount(field, firstTab + 1, secondTab);
      if (added === undefined || deleted === undefined) throw damaged(commitNumber, 'a changed file that git did not write');
      let path = field.slice(secondTab + 1);
      position += 1;
      if (path === '') {
        // A rename or copy: the old path, then the new one.
        if (position + 2 > fields.length) throw truncated();
        path = fields[position + 1] ?? '';
        position += 2;
      }
      files.push({ path, added, deleted });
    }

    commits.push({
      hash,
      parents: parentHashes,
      authorName,
      authorEmail,
      authorDate,
      day,
      subject,
      body: body.trimEnd(),
      coAuthors: coAuthorsOf(trailers),
      files,
    });
  }
  return commits;
}
