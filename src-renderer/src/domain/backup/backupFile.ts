/**
 * The full backup file: every table of the journal (the trash included, safety snapshots not) in
 * one versioned JSON document with a checksum (`backupChecksum.ts` says how it is computed), and
 * the checks a file must pass, all of them, before a restore may touch anything.
 *
 * Format 2 adds the Inbox's tables, `drafts` and `evidenceItems`. Format 1, written before the
 * Inbox existed, is still read, so every backup a user ever made stays restorable: its checksum
 * covers its seven tables exactly as written, and once it has passed, it reads as a backup with
 * an empty Inbox.
 */
import { z } from 'zod';
import {
  backupDataSchema,
  backupTableNames,
  describeDataProblem,
  describeIssue,
  describeProblem,
  maximumTableRecords,
  quoted,
  tableRules,
  type BackupRow,
  type BackupTableName,
  type BackupTables,
  type Format1TableName,
} from './backupRecordSchemas';
import { readUserFile, type UserFileKind } from '../userFile';
import { backupChecksum } from './backupChecksum';

export { backupTableNames, type BackupTableName, type BackupTables } from './backupRecordSchemas';
export { backupChecksum, canonicalJson } from './backupChecksum';

/** Identifies Scope Journal's backup file and its format version. */
export const backupFileFormat = 'scope-journal-backup';
export const backupFileVersion = 2;
/** Every format this version reads: format 1, from before the Inbox, and the one it writes. */
const readableVersions = [1, backupFileVersion] as const;
/**
 * The database schema version (`db/database.ts`) whose records a backup holds. Version 4's entries
 * may carry attachment references; the files themselves are not in a backup of this format.
 */
export const backupSchemaVersion = 4;
/**
 * The most text a backup may be: 256 Mi characters. Reading one holds the text, the parsed
 * records and a second, canonical copy for the checksum at once, and a JavaScript string cannot
 * be much longer than 512 Mi characters at all; a bigger journal is refused when it is backed up,
 * never discovered when it is restored.
 */
export const maximumBackupCharacters = 256 * 1024 * 1024;

export type BackupCounts = Record<BackupTableName, number>;

/** A backup file that passed every check. */
export interface ParsedBackup {
  format: typeof backupFileFormat;
  /** The format the file was written in; the data of a format-1 file has an empty Inbox. */
  version: (typeof readableVersions)[number];
  exportedAt: string;
  app: { name: string; schemaVersion: number };
  counts: BackupCounts;
  checksum: { algorithm: 'SHA-256'; value: string };
  data: BackupTables;
}

/** What a restore screen shows about a backup before the user commits to it. */
export interface BackupSummary {
  counts: BackupCounts;
  /** Entries in the trash, among `counts.entries`. */
  trashedEntryCount: number;
  /** The earliest and latest `occurredOn` of the entries (trash included); null without entries. */
  entryDates: { first: string; last: string } | null;
  exportedAt: string;
}

export type ReadBackupResult = { ok: true; backup: ParsedBackup; summary: BackupSummary } | { ok: false; problem: string };

const count = z.number().int().min(0).max(maximumTableRecords);
const rawTable = z.array(z.unknown()).max(maximumTableRecords);

const format1Counts = {
  entries: count,
  reviews: count,
  goals: count,
  readingList: count,
  packets: count,
  frameworks: count,
  settings: count,
} satisfies Record<Format1TableName, typeof count>;

const format1Data = {
  entries: rawTable,
  reviews: rawTable,
  goals: rawTable,
  readingList: rawTable,
  packets: rawTable,
  frameworks: rawTable,
  settings: rawTable,
} satisfies Record<Format1TableName, typeof rawTable>;

const envelopeHeader = {
  format: z.literal(backupFileFormat),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.strictObject({ name: z.string().max(100), schemaVersion: z.number().int().min(1) }),
  checksum: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
};

/**
 * The file around its records, which are checked only once the checksum matches: each format
 * with exactly its own tables, so a format-1 file with Inbox tables, or a format-2 file without
 * them, is damaged.
 */
const envelopeSchema = z.discriminatedUnion('version', [
  z.strictObject({
    ...envelopeHeader,
    version: z.literal(1),
    counts: z.strictObject(format1Counts),
    data: z.strictObject(format1Data),
  }),
  z.strictObject({
    ...envelopeHeader,
    version: z.literal(backupFileVersion),
    counts: z.strictObject({ ...format1Counts, drafts: count, evidenceItems: count }),
    data: z.strictObject({ ...format1Data, drafts: rawTable, evidenceItems: rawTable }),
  }),
]);

/** The tables in the file's fixed order, whatever order `tables` has its keys in. */
function orderedData(tables: BackupTables): BackupTables {
  return {
    entries: tables.entries,
    reviews: tables.reviews,
    goals: tables.goals,
    readingList: tables.readingList,
    packets: tables.packets,
    frameworks: tables.frameworks,
    settings: tables.settings,
    drafts: tables.drafts,
    evidenceItems: tables.evidenceItems,
  };
}

function countsOf(tables: BackupTables | Record<BackupTableName, readonly unknown[]>): BackupCounts {
  return {
    entries: tables.entries.length,
    reviews: tables.reviews.length,
    goals: tables.goals.length,
    readingList: tables.readingList.length,
    packets: tables.packets.length,
    frameworks: tables.frameworks.length,
    settings: tables.settings.length,
    drafts: tables.drafts.length,
    evidenceItems: tables.evidenceItems.length,
  };
}

/**
 * The whole journal as a backup file. The header is indented for reading; each record takes one
 * line, so a large backup stays compact and a text diff of two backups shows changed records.
 * Throws when the result would be larger than a backup may be, so no backup is ever written that
 * could not be restored.
 */
export async function serializeBackup(tables: BackupTables, exportedAt: Date = new Date()): Promise<string> {
  const data = orderedData(tables);
  const header = {
    format: backupFileFormat,
    version: backupFileVersion,
    exportedAt: exportedAt.toISOString(),
    app: { name: 'Scope Journal', schemaVersion: backupSchemaVersion },
    counts: countsOf(data),
    checksum: { algorithm: 'SHA-256', value: await backupChecksum(data) },
  };
  const tableTexts = backupTableNames.map((name) => {
    const rows: readonly unknown[] = data[name];
    const lines = rows.map((row) => `      ${JSON.stringify(row)}`).join(',\n');
    return rows.length === 0 ? `    "${name}": []` : `    "${name}": [\n${lines}\n    ]`;
  });
  // The header's closing brace is dropped so `data` can follow as its last member.
  const text = `${JSON.stringify(header, null, 2).slice(0, -2)},\n  "data": {\n${tableTexts.join(',\n')}\n  }\n}\n`;
  if (text.length > maximumBackupCharacters) {
    throw new Error(
      `The journal is too large for one backup file (${megabytes(text.length)} MB; the most is ${megabytes(maximumBackupCharacters)} MB).`,
    );
  }
  return text;
}

function megabytes(characters: number): string {
  return Math.ceil(characters / 1024 / 1024).toLocaleString('en-US');
}

/** The first record of `rows` whose `field` repeats an earlier record's, as a sentence; null if none. */
function repeatedField<K extends BackupTableName>(
  table: K,
  rows: readonly BackupRow<K>[],
  field: keyof BackupRow<K> & string,
): string | null {
  const positionByValue = new Map<unknown, number>();
  for (const [index, row] of rows.entries()) {
    const value = row[field];
    const earlier = positionByValue.get(value);
    if (earlier !== undefined) {
      const name = tableRules[table].recordName;
      return `${name} ${index + 1} repeats the ${field} of ${name.toLowerCase()} ${earlier + 1} (${quoted(value)}).`;
    }
    positionByValue.set(value, index);
  }
  return null;
}

/** The first repeated id (settings, evidence items: key; reviews: also quarter) in any table, as a sentence. */
function firstRepeat(data: BackupTables): string | null {
  return (
    repeatedField('entries', data.entries, 'id') ??
    repeatedField('reviews', data.reviews, 'id') ??
    repeatedField('reviews', data.reviews, 'quarter') ??
    repeatedField('goals', data.goals, 'id') ??
    repeatedField('readingList', data.readingList, 'id') ??
    repeatedField('packets', data.packets, 'id') ??
    repeatedField('frameworks', data.frameworks, 'id') ??
    repeatedField('settings', data.settings, 'key') ??
    repeatedField('drafts', data.drafts, 'id') ??
    repeatedField('evidenceItems', data.evidenceItems, 'key')
  );
}

/** Counts, trash and date range of a checked backup. */
export function summarizeBackup(backup: ParsedBackup): BackupSummary {
  let first: string | null = null;
  let last: string | null = null;
  let trashedEntryCount = 0;
  for (const entry of backup.data.entries) {
    if (entry.deletedAt !== null) trashedEntryCount += 1;
    if (first === null || entry.occurredOn < first) first = entry.occurredOn;
    if (last === null || entry.occurredOn > last) last = entry.occurredOn;
  }
  return {
    counts: countsOf(backup.data),
    trashedEntryCount,
    entryDates: first !== null && last !== null ? { first, last } : null,
    exportedAt: backup.exportedAt,
  };
}

const backupFileKind: UserFileKind<Promise<ReadBackupResult>> = {
  format: backupFileFormat,
  versions: readableVersions,
  maximumCharacters: maximumBackupCharacters,
  problems: {
    tooLarge: `The file is larger than ${megabytes(maximumBackupCharacters)} MB, the most a backup may be.`,
    notJson: 'The file is not valid JSON: it may be truncated or not a backup file.',
    otherFormat: (format) =>
      format === 'scope-journal-entries'
        ? 'This is an entries file, not a full backup: import it as entries instead.'
        : 'This is not a Scope Journal backup file.',
    otherVersion: (version) =>
      typeof version === 'number' && Number.isInteger(version) && version > backupFileVersion
        ? `This backup was made by a newer version of Scope Journal (format ${version}); this version reads format ${backupFileVersion}. Update Scope Journal to restore it.`
        : version === undefined
          ? 'This backup does not say which format it is in: the file is damaged or was not made by Scope Journal.'
          : `This backup names a format Scope Journal has never written (${quoted(version)}; this version reads formats ${readableVersions.join(' and ')}): the file is damaged or was edited.`,
  },
  refuse: (problem) => Promise.resolve({ ok: false, problem }),
};

/**
 * Checks a whole backup before anything is written: size, JSON, format, version, structure,
 * checksum, counts, every record of every table, and repeated ids. The problem names what is
 * wrong and where, in words a user can act on. Text stays data: nothing is run or rendered.
 */
export function readBackupText(text: string): Promise<ReadBackupResult> {
  return readUserFile(text, backupFileKind, readBackup);
}

/** The envelope, checksum, counts and every record of a file whose header passed. */
async function readBackup(json: unknown): Promise<ReadBackupResult> {
  const envelope = envelopeSchema.safeParse(json, { error: describeIssue });
  if (!envelope.success) {
    return { ok: false, problem: `The backup is damaged: ${describeProblem(envelope.error.issues[0])}.` };
  }
  const file = envelope.data;
  // The checksum covers the data as the file holds it, whatever tables its format has.
  if ((await backupChecksum(file.data)) !== file.checksum.value) {
    return { ok: false, problem: "The backup's checksum does not match: the file is damaged or was edited." };
  }
  // A format-1 file was written before the Inbox existed: it reads as a backup with an empty Inbox.
  const rawData = file.version === 1 ? { ...file.data, drafts: [], evidenceItems: [] } : file.data;
  const listedCounts = file.version === 1 ? { ...file.counts, drafts: 0, evidenceItems: 0 } : file.counts;
  const actualCounts = countsOf(rawData);
  const miscounted = backupTableNames.find((name) => actualCounts[name] !== listedCounts[name]);
  if (miscounted !== undefined) {
    return {
      ok: false,
      problem: `The backup's counts do not match its contents: it lists ${listedCounts[miscounted]} ${tableRules[miscounted].pluralName} but holds ${actualCounts[miscounted]}.`,
    };
  }
  const data = backupDataSchema.safeParse(rawData, { error: describeIssue });
  if (!data.success) return { ok: false, problem: describeDataProblem(data.error) };
  const repeat = firstRepeat(data.data);
  if (repeat !== null) return { ok: false, problem: repeat };
  const backup: ParsedBackup = { ...file, counts: listedCounts, data: data.data };
  return { ok: true, backup, summary: summarizeBackup(backup) };
}
