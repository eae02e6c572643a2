/**
 * Reading a tracker export: which of the three it is (by its content, never its file name), its
 * table or its list of pull requests, and the dates it writes. What the rows become is
 * trackerDrafts.ts's business; here a file is only read, or refused in words the user can act on.
 *
 * - Jira's "Export CSV (all fields)": `Summary,Issue key,Issue id,Issue Type,Status,…,Resolved,…`,
 *   one column per value of a many-valued field (`Labels,Labels,Labels`, `Watchers,Watchers`), so
 *   the header is read by hand and every column of a name kept. Dates are written the way the
 *   user's Jira is set up (`12/Mar/25 3:45 PM` by default) and carry no zone.
 * - Linear's "Export CSV": `ID,Team,Title,Description,Status,…,Assignee,…,Completed,…`, dates in
 *   ISO 8601 with a zone (some re-exported files carry JavaScript's `Date` text instead).
 * - The JSON `gh pr list --json …` prints: an array of pull requests.
 */
import Papa from 'papaparse';
import { z } from 'zod';

/** A file that is not an export this app reads, or a broken one; the message is for the user. */
export class TrackerFormatError extends Error {
  override name = 'TrackerFormatError';
}

/** Longest text read: a larger file is no tracker export of one person's work. */
export const maximumTrackerTextLength = 50_000_000;

const notAnExport = 'This is not a Jira or Linear CSV export, nor the JSON of gh pr list';

/** A CSV export read as a table: its header once, each row's cells by position. */
export interface TrackerTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Positions of each column, by its name trimmed and in lower case; a repeated name has several. */
  columns: ReadonlyMap<string, readonly number[]>;
}

export const ghPullRequestSchema = z.looseObject({
  number: z.number().int().positive(),
  title: z.string(),
  mergedAt: z.string().nullable(),
  url: z.string(),
  additions: z.number().int().nonnegative().optional(),
  deletions: z.number().int().nonnegative().optional(),
  headRepository: z.looseObject({ id: z.string().optional(), name: z.string() }).nullable().optional(),
});

export type GhPullRequest = z.infer<typeof ghPullRequestSchema>;

export type TrackerFile =
  { format: 'github'; pullRequests: GhPullRequest[] } | { format: 'jira'; table: TrackerTable } | { format: 'linear'; table: TrackerTable };

/** The first value of a column (of its first column of that name), trimmed; '' when absent. */
export function cellOf(table: TrackerTable, row: readonly string[], ...names: string[]): string {
  for (const name of names) {
    for (const position of table.columns.get(name) ?? []) {
      const value = row[position]?.trim() ?? '';
      if (value !== '') return value;
    }
  }
  return '';
}

/** Every non-empty value of the columns of these names, in file order. */
export function cellsOf(table: TrackerTable, row: readonly string[], ...names: string[]): string[] {
  const values: string[] = [];
  for (const name of names) {
    for (const position of table.columns.get(name) ?? []) {
      const value = row[position]?.trim() ?? '';
      if (value !== '') values.push(value);
    }
  }
  return values;
}

function columnsOf(header: readonly string[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  header.forEach((name, position) => {
    const key = name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (key === '') return;
    const positions = columns.get(key) ?? [];
    positions.push(position);
    columns.set(key, positions);
  });
  return columns;
}

const jiraKeyColumns = ['issue key', 'key'];
const jiraResolvedColumns = ['resolved', 'resolution date'];
const linearCompletedColumns = ['completed', 'completed at'];
const linearStatusTypeColumns = ['status type', 'state type'];

function isJiraHeader(columns: ReadonlyMap<string, unknown>): boolean {
  return columns.has('issue key') || (columns.has('summary') && (columns.has('issue id') || columns.has('issue type')));
}

function isLinearHeader(columns: ReadonlyMap<string, unknown>): boolean {
  return columns.has('id') && columns.has('title') && (columns.has('team') || columns.has('status'));
}

function quoted(names: readonly string[]): string {
  const list = names.map((name) => `“${name}”`);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;
}

/** Refuses a Jira or Linear table without the columns its drafts are made of. */
function checkColumns(format: 'jira' | 'linear', columns: ReadonlyMap<string, unknown>): void {
  const has = (...names: string[]): boolean => names.some((name) => columns.has(name));
  if (format === 'jira') {
    const missing = [
      has(...jiraKeyColumns) ? '' : 'Issue key',
      has('summary') ? '' : 'Summary',
      has(...jiraResolvedColumns) ? '' : 'Resolved',
      has('assignee', 'assignee id') ? '' : 'Assignee',
    ].filter((name) => name !== '');
    if (missing.length > 0)
      throw new TrackerFormatError(
        `This looks like a Jira CSV export, but it has no ${quoted(missing)} column. In Jira, export the issues with ` +
          'Export → Export CSV (all fields), then choose that file.',
      );
    return;
  }
  if (!has(...linearCompletedColumns, ...linearStatusTypeColumns))
    throw new TrackerFormatError(
      'This looks like a Linear CSV export, but it has no “Completed” column, so its finished issues cannot be told ' +
        'from the others. Export again from Linear with all columns, then choose that file.',
    );
}

const delimiters = [',', ';', '\t', '|', '^'] as const;

/**
 * The CSV's delimiter: the one that makes its first row a Jira or Linear header. Jira Data Center
 * can export with semicolons, tabs, bars or carets; a spreadsheet may re-save with semicolons.
 */
function delimiterOf(text: string): { delimiter: string; format: 'jira' | 'linear' } | null {
  for (const delimiter of delimiters) {
    const [header] = Papa.parse<string[]>(text, { header: false, delimiter, preview: 1, skipEmptyLines: 'greedy' }).data;
    if (!header) continue;
    const columns = columnsOf(header);
    if (isJiraHeader(columns)) return { delimiter, format: 'jira' };
    if (isLinearHeader(columns)) return { delimiter, format: 'linear' };
  }
  return null;
}

function readTable(text: string): { format: 'jira' | 'linear'; table: TrackerTable } {
  const detected = delimiterOf(text);
  if (!detected) {
    const [firstRow] = Papa.parse<string[]>(text, { header: false, preview: 1, skipEmptyLines: 'greedy' }).data;
    const shown = (firstRow ?? [])
      .slice(0, 4)
      .map((cell) => `“${cell.trim().slice(0, 40)}”`)
      .join(', ');
    throw new TrackerFormatError(
      `${notAnExport}: its first row${shown === '' ? '' : ` (${shown}…)`} has none of the columns they start with. ` +
        'Choose the CSV that Jira (Export CSV) or Linear (Export CSV) made, or the saved output of gh pr list.',
    );
  }
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: detected.delimiter, skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    // Papaparse counts rows from 0 with the header as row 0; a spreadsheet shows it as row 1.
    const row = (quoteError.row ?? 0) + 1;
    throw new TrackerFormatError(
      quoteError.code === 'MissingQuotes'
        ? `This CSV file ends inside a quoted value that starts on row ${row}: it looks cut short. Export it again and choose the whole file.`
        : `This CSV file is damaged: a quoted value on row ${row} is not closed properly. Export it again and choose the new file.`,
    );
  }
  const [header = [], ...rows] = parsed.data;
  const columns = columnsOf(header);
  checkColumns(detected.format, columns);
  return { format: detected.format, table: { header, rows, columns } };
}

function readPullRequests(text: string): GhPullRequest[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TrackerFormatError(
      `This file starts like JSON but cannot be read (${reason}); it may be cut short. Expected the output of gh pr list, saved whole.`,
    );
  }
  if (!Array.isArray(value))
    throw new TrackerFormatError(`${notAnExport}: it is JSON, but not a list of pull requests as gh pr list prints it.`);
  const result = z.array(ghPullRequestSchema).safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const [index, field] = issue?.path ?? [];
    const where = typeof index === 'number' ? `item ${index + 1}` : 'an item';
    const what = typeof field === 'string' ? `its “${field}” is missing or not what gh prints` : 'it is not a pull request';
    throw new TrackerFormatError(
      `${notAnExport}: it is a JSON list, but ${where} is not a pull request (${what}). ` +
        'Save the output of the command the Inbox shows, with all its --json fields.',
    );
  }
  return result.data;
}

/** Text that is no text: NUL bytes, or mostly control and replacement characters. */
function isBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const start = text.slice(0, 8192);
  let odd = 0;
  for (let index = 0; index < start.length; index += 1) {
    const code = start.charCodeAt(index);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
    if (isControl || code === 0xfffd) odd += 1;
  }
  return start.length > 0 && odd / start.length > 0.05;
}

/** Which export `text` is, read; or a TrackerFormatError that says what is wrong. */
export function readTrackerFile(text: string): TrackerFile {
  if (text.length > maximumTrackerTextLength)
    throw new TrackerFormatError(
      `This file is too large to be a tracker export this app reads (over ${new Intl.NumberFormat('en-US').format(maximumTrackerTextLength)} characters). ` +
        'Export fewer issues, for example one year at a time.',
    );
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new TrackerFormatError('This file is empty. Choose the export Jira, Linear or gh pr list made.');
  if (isBinary(content))
    throw new TrackerFormatError(`${notAnExport}: it is a binary file, not text. Choose the .csv or .json file itself, not an archive.`);
  const start = content.trimStart();
  if (start.startsWith('<'))
    throw new TrackerFormatError(
      `${notAnExport}: it is a web page (HTML or XML). Save the export itself; a page saved from the browser cannot be read.`,
    );
  if (start.startsWith('[') || start.startsWith('{')) return { format: 'github', pullRequests: readPullRequests(content) };
  return readTable(content);
}

/* ---------------------------------------------------------------------------------------------- */
/* Dates                                                                                          */
/* ---------------------------------------------------------------------------------------------- */

/** A date as a file writes it: a day as written (no zone), or an instant (it had a zone). */
export type WrittenDate = { day: string } | { instant: number };

/**
 * Month names as Jira writes them in its users' languages (`dd/MMM/yy`): English, German, French,
 * Spanish, Italian, Portuguese and Dutch abbreviations, and English names in full. No word means
 * two months across these languages.
 */
const monthNames: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'jan january janv ene gen'],
      [2, 'feb february févr fév fevr fev'],
      [3, 'mar march mär mrz mars mrt'],
      [4, 'apr april avr abr'],
      [5, 'may mai mag mei'],
      [6, 'jun june juin giu'],
      [7, 'jul july juil lug'],
      [8, 'aug august août aout ago'],
      [9, 'sep sept september set'],
      [10, 'oct october okt ott out'],
      [11, 'nov november'],
      [12, 'dec december dez déc dic'],
    ] as const
  ).flatMap(([month, words]) => words.split(' ').map((word) => [word, month] as const)),
);

/** How a file writes a numeric day: `31/12/2025` (day first) or `12/31/2025` (month first). */
export type SlashOrder = 'day-first' | 'month-first';

const time = String.raw`(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?`;
const namedMonthDate = new RegExp(String.raw`^(\d{1,2})[/ .-]([\p{L}]{3,9})\.?[/ .-](\d{4}|\d{2})${time}$`, 'u');
const isoLocalDate = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${time}$`);
const isoInstant = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const dottedDate = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${time}$`);
const slashDate = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${time}$`);
const javaScriptDate =
  /^(?:[A-Za-z]{3},? )?([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2}):?(\d{2})(?: \([^)]*\))?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2025-03-12` for a day that exists in a year a tracker can have written; otherwise null. */
export function calendarDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A two-digit year is this century's: trackers did not exist in the last one. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** Whether the time of a match (groups from `first`) is one a clock shows; no time is fine. */
function isTime(match: RegExpExecArray, first: number): boolean {
  const [hourText, minuteText, secondText, meridiem] = [match[first], match[first + 1], match[first + 2], match[first + 3]];
  if (hourText === undefined) return true;
  const hour = Number(hourText);
  const isHourValid = meridiem === undefined ? hour <= 23 : hour >= 1 && hour <= 12;
  return isHourValid && Number(minuteText) <= 59 && (secondText === undefined || Number(secondText) <= 59);
}

function dayOf(match: RegExpExecArray, year: number, month: number, day: number, timeGroup: number): WrittenDate | null {
  const written = calendarDay(year, month, day);
  return written !== null && isTime(match, timeGroup) ? { day: written } : null;
}

/** The first two numbers of a `1/2/2025` date, if it is one. */
export function slashDateParts(value: string): [number, number] | null {
  const match = slashDate.exec(value.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * Reads a date as Jira (in any of its date settings), Linear or a spreadsheet that re-saved the
 * file writes it. A date without a zone is the day written; one with a zone is an instant. Null
 * for what it cannot read, or for a numeric `1/2/2025` when `slashOrder` is not known.
 */
export function readWrittenDate(value: string, slashOrder: SlashOrder | null): WrittenDate | null {
  const text = value.trim();
  let match = isoInstant.exec(text);
  if (match) {
    const group = numberGroups(match);
    const milliseconds = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000);
    const clock = { hour: group(4), minute: group(5), second: group(6), milliseconds };
    return instantOf(group(1), group(2), group(3), clock, offsetMinutes(match[8] ?? 'Z'));
  }
  match = isoLocalDate.exec(text);
  if (match) return dayOf(match, Number(match[1]), Number(match[2]), Number(match[3]), 4);
  match = namedMonthDate.exec(text);
  if (match) {
    const month = monthNames.get((match[2] ?? '').toLowerCase());
    return month === undefined ? null : dayOf(match, fullYear(match[3] ?? ''), month, Number(match[1]), 4);
  }
  match = dottedDate.exec(text);
  if (match) return dayOf(match, fullYear(match[3] ?? ''), Number(match[2]), Number(match[1]), 4);
  match = slashDate.exec(text);
  if (match) {
    if (slashOrder === null) return null;
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, month] = slashOrder === 'day-first' ? [first, second] : [second, first];
    return dayOf(match, fullYear(match[3] ?? ''), month, day, 4);
  }
  match = javaScriptDate.exec(text);
  if (match) {
    const group = numberGroups(match);
    const month = monthNames.get((match[1] ?? '').toLowerCase());
    const offset = (match[7] === '-' ? -1 : 1) * (group(8) * 60 + group(9));
    const clock = { hour: group(4), minute: group(5), second: group(6), milliseconds: 0 };
    return month === undefined ? null : instantOf(group(3), month, group(2), clock, offset);
  }
  return null;
}

/** A match's groups as numbers; a group that did not take part is 0. */
function numberGroups(match: RegExpExecArray): (group: number) => number {
  return (group) => Number(match[group] ?? 0);
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  milliseconds: number;
}

/** The instant of a time written with a zone `offset` minutes east of UTC, if the time exists. */
function instantOf(year: number, month: number, day: number, clock: Clock, offset: number): WrittenDate | null {
  if (calendarDay(year, month, day) === null || clock.hour > 23 || clock.minute > 59 || clock.second > 59) return null;
  return { instant: Date.UTC(year, month - 1, day, clock.hour, clock.minute, clock.second, clock.milliseconds) - offset * 60_000 };
}

/** `Z`, `+0100`, `-05:00`, `+01` as minutes east of UTC. */
function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * The order of a file's numeric `1/2/2025` dates, from the dates themselves: a first number over
 * 12 can only be a day, a second over 12 only a day too. Null when no date tells, or they disagree.
 */
export function slashOrderOf(values: Iterable<string>): SlashOrder | null {
  let isDayFirst = false;
  let isMonthFirst = false;
  for (const value of values) {
    const parts = slashDateParts(value);
    if (!parts) continue;
    if (parts[0] > 12) isDayFirst = true;
    if (parts[1] > 12) isMonthFirst = true;
  }
  return isDayFirst === isMonthFirst ? null : isDayFirst ? 'day-first' : 'month-first';
}

/** Turns instants into the user's local days, in their time zone whatever the machine's. */
export function localDays(timeZone: string): (date: WrittenDate) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory' });
  } catch {
    throw new Error(`“${timeZone}” is not a time zone this app knows. Choose your time zone in Settings.`);
  }
  return (date) => {
    if ('day' in date) return date.day;
    const parts = format.formatToParts(date.instant);
    const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((each) => each.type === type)?.value ?? '';
    return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  };
}

export const jiraColumns = { key: jiraKeyColumns, resolved: jiraResolvedColumns } as const;
export const linearColumns = { completed: linearCompletedColumns, statusType: linearStatusTypeColumns } as const;
