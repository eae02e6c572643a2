/*
 * The one `git log` command the Inbox reads: shown to the user to run and paste-save, and run by
 * the desktop app itself with `execFile` (an argument array, never a shell). Both paths produce the
 * same text, which `domain/evidence/gitLog.ts` parses, so the format is written here once.
 *
 * The output is made for a machine: every field ends in a NUL, the one character git never prints
 * inside a commit message, a name or a path, so no text in a commit can move a field boundary.
 * Each commit's record is the marker, then hash, parents, author date, author email, author name,
 * `Co-authored-by` values (separated by U+001F), subject and body, then git's NUL; then, when the
 * commit changed files, a line feed and one `added<TAB>deleted<TAB>path` NUL-terminated field per
 * file (`-` for binary files; a rename or copy is `added<TAB>deleted<TAB>`, then the old path and
 * the new path as fields of their own).
 */
import { isLocalDate } from './values';

/** Largest git log text read, in characters: about a year of a busy monorepo's history. */
export const maximumGitLogCharacters = 50 * 1024 * 1024;

/** Most commits read from one git log. */
export const maximumGitLogCommits = 200_000;

/**
 * What opens every commit's record: it tells this command's output from any other file, and its
 * version number lets a later format be told from this one.
 */
export const gitLogRecordMarker = '\u001escope-journal-git-log-1';

const recordFormat = [
  '%x1escope-journal-git-log-1',
  '%H',
  '%P',
  '%aI',
  '%aE',
  '%aN',
  '%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1f)',
  '%s',
  '%b',
].join('%x00');

/**
 * The arguments after `git` for the history of the current branch (HEAD) since the start of
 * `since` (YYYY-MM-DD, the machine's time zone). Every option that user configuration could
 * change about the output is given explicitly, and no option is newer than git 2.28.
 */
export function gitLogArguments(options: { since: string }): string[] {
  if (!isLocalDate(options.since)) throw new Error(`The start date must be a calendar date written YYYY-MM-DD, not "${options.since}".`);
  return [
    'log',
    // %H and %P print full hashes whatever core.abbrev says, so only colour and decorations
    // remain to turn off.
    '--no-color',
    '--no-decorate',
    // %aN and %aE read .mailmap anyway; saying so keeps it true if log.mailmap is ever set false.
    '--use-mailmap',
    // log.showSignature would print GPG output into the records; notes would add text of their own.
    '--no-show-signature',
    '--no-notes',
    '--encoding=UTF-8',
    '--numstat',
    // diff.renames may be off or set to copies in the user's config; the parser reads all three,
    // this makes the result the same on every machine.
    '--find-renames',
    // External diff and textconv drivers could turn a binary file's `-` into made-up counts, and
    // diff.relative would drop the changes outside the current folder.
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    // log.showRoot=false would leave out the files of the repository's first commit.
    '--root',
    // Paths are printed as they are, never quoted, and fields end in NUL rather than a line feed.
    '-z',
    `--format=tformat:${recordFormat}`,
    // A bare date means that day at the current time of day to git; midnight is the start of the day.
    `--since=${options.since}T00:00:00`,
    'HEAD',
    '--',
  ];
}

/** Characters that never need quoting in bash or zsh. */
const plainWord = /^[\w.,:/@%+=-]+$/;

/** `argument` as one word of a POSIX shell command: single-quoted unless it is plain. */
function shellWord(argument: string): string {
  // A leading `=` is expanded by zsh (`=ls` is the path of ls).
  if (plainWord.test(argument) && !argument.startsWith('=')) return argument;
  return `'${argument.replaceAll("'", `'\\''`)}'`;
}

/**
 * `gitLogArguments` as one line to paste into bash or zsh (Git Bash on Windows). It prints the
 * same bytes as the argument array; the user saves them to a file with `>`.
 */
export function gitLogCommand(options: { since: string }): string {
  return ['git', ...gitLogArguments(options).map(shellWord)].join(' ');
}

/**
 * The same calendar day a year before `today` (YYYY-MM-DD): the Inbox's default start. 29 February
 * becomes 28 February, the last day of that month a year earlier.
 */
export function defaultGitSince(today: string): string {
  if (!isLocalDate(today)) throw new Error(`Today must be a calendar date written YYYY-MM-DD, not "${today}".`);
  const [year = '', month = '', day = ''] = today.split('-');
  const previousYear = String(Number(year) - 1).padStart(4, '0');
  return `${previousYear}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}
