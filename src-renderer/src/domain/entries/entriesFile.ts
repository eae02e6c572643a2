import { z } from 'zod';
import { entrySchema } from './entrySchema';
import type { Entry } from '../types';
import { readUserFile, type UserFileKind } from '../userFile';

/** Identifies Scope Journal's entries file and its format version. */
export const entriesFileFormat = 'scope-journal-entries';
export const entriesFileVersion = 1;
/** Files larger than this are refused before parsing. */
export const maximumEntriesFileCharacters = 64 * 1024 * 1024;

const entriesFileSchema = z.strictObject({
  format: z.literal(entriesFileFormat),
  version: z.number().int(),
  exportedAt: z.string(),
  entries: z.array(z.unknown()).max(1_000_000),
});

export type ParsedEntriesFile = { isValid: true; entries: Entry[] } | { isValid: false; problem: string };

const notEntriesFile = 'This is not a Scope Journal entries file.';

function otherVersionProblem(version: unknown): string {
  return `This entries file is version ${String(version)}; this version of Scope Journal reads version ${entriesFileVersion}.`;
}

const entriesFileKind: UserFileKind<ParsedEntriesFile> = {
  format: entriesFileFormat,
  versions: [entriesFileVersion],
  maximumCharacters: maximumEntriesFileCharacters,
  problems: {
    tooLarge: `The file is larger than ${maximumEntriesFileCharacters / 1024 / 1024} MB, the most an entries file may be.`,
    notJson: 'The file is not valid JSON: it may be truncated or not an entries file.',
    otherFormat: () => notEntriesFile,
    // A file that names no version at all has never been told apart from a file of another format.
    otherVersion: (version) => (version === undefined ? notEntriesFile : otherVersionProblem(version)),
  },
  refuse: (problem) => ({ isValid: false, problem }),
};

/** The entries as a readable, versioned JSON file. */
export function serializeEntriesFile(entries: readonly Entry[], exportedAt: Date = new Date()): string {
  return `${JSON.stringify({ format: entriesFileFormat, version: entriesFileVersion, exportedAt: exportedAt.toISOString(), entries }, null, 2)}\n`;
}

/**
 * Checks a whole entries file before anything is written: size, JSON, format, version and every
 * entry. The problem names what is wrong and where, in words a user can act on.
 */
export function parseEntriesFile(text: string): ParsedEntriesFile {
  return readUserFile(text, entriesFileKind, readEntries);
}

/** Every entry of a file whose header passed. */
function readEntries(json: unknown): ParsedEntriesFile {
  const file = entriesFileSchema.safeParse(json);
  if (!file.success) return { isValid: false, problem: 'The entries file is damaged: its overall structure is wrong.' };
  const entries: Entry[] = [];
  const positionById = new Map<string, number>();
  for (const [index, raw] of file.data.entries.entries()) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      const field = issue?.path.join('.') || 'entry';
      return { isValid: false, problem: `Entry ${index + 1} is invalid: ${field} ${issue?.message ?? 'is wrong'}.` };
    }
    const earlier = positionById.get(entry.data.id);
    if (earlier !== undefined) {
      return { isValid: false, problem: `Entry ${index + 1} repeats the id of entry ${earlier + 1}.` };
    }
    positionById.set(entry.data.id, index);
    entries.push(entry.data);
  }
  return { isValid: true, entries };
}
