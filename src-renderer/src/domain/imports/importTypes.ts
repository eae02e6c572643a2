/**
 * What the import parsers hand back: neutral candidates that the caller previews, gives a default
 * kind and scope, deduplicates and writes. Parsers never touch the database or the DOM.
 */

/** One entry read from another tool's export, before the user has chosen what to import. */
export interface ImportCandidate {
  /** Local calendar date YYYY-MM-DD of the entry (in the source's own local time, never shifted by the machine's time zone). */
  occurredOn: string;
  /** Optional local time HH:MM when the source has one. */
  time: string | null;
  /** Non-empty, trimmed, on one line, at most `importLimits.title` characters. */
  title: string;
  /** Markdown, at most `importLimits.body` characters. */
  body: string;
  /** Lower-case and unique, each at most `importLimits.tag` characters, at most `importLimits.tags` of them. */
  tags: string[];
  starred: boolean;
  /** The source's own stable id (Day One uuid, ...) or null when it has none (then the caller hashes the content). */
  sourceId: string | null;
}

export type ImportFormat = 'jrnl-json' | 'jrnl-text' | 'day-one-json' | 'day-one-zip' | 'brag-markdown';

/**
 * A whole file read, or the one problem that stops it. `notes` tell the user what was left out or
 * assumed ("12 photos were skipped …"); `problem` is a sentence fit to show in an alert.
 */
export type ImportParseResult =
  { ok: true; format: ImportFormat; candidates: ImportCandidate[]; notes: string[] } | { ok: false; problem: string };

/** Limits that keep one hostile or broken export from swamping the app; the text limits match an entry's. */
export const importLimits = {
  maximumFileBytes: 64 * 1024 * 1024,
  maximumEntries: 100_000,
  title: 300,
  body: 200_000,
  tag: 200,
  tags: 100,
} as const;
