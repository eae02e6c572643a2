/**
 * What the import parsers hand back: neutral candidates that the caller previews, gives a default
 * kind and scope, deduplicates and writes. Parsers never touch the database or the DOM.
 */
import type { AttachmentMediaType, AttachmentRef } from '../types';

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
  /**
   * Files the entry brings (a Day One zip's photos and PDFs), as positions in the parse result's
   * `media`, before they are hashed; `resolveImportMedia` turns them into `attachments`.
   */
  media?: number[];
  /** The entry's attached files, once hashed: what the imported entry keeps. */
  attachments?: AttachmentRef[];
}

/**
 * A file that came with an import (a Day One photo or PDF), checked exactly as a file the user
 * attaches: its kind read from its bytes, SVG refused, at most 25 MB, an image's header readable.
 */
export interface ImportMediaFile {
  /** The name it had in the export (Day One names a photo by its MD5: `photos/<md5>.jpeg` gives `<md5>.jpeg`). */
  fileName: string;
  mediaType: AttachmentMediaType;
  bytes: Uint8Array;
  /** An image's size from its header; absent for a PDF. */
  width?: number;
  height?: number;
}

export type ImportFormat = 'jrnl-json' | 'jrnl-text' | 'day-one-json' | 'day-one-zip' | 'brag-markdown';

/**
 * A whole file read, or the one problem that stops it. `notes` tell the user what was left out or
 * assumed ("12 photos were skipped …"); `problem` is a sentence fit to show in an alert.
 */
export type ImportParseResult =
  | { ok: true; format: ImportFormat; candidates: ImportCandidate[]; notes: string[]; media?: ImportMediaFile[] }
  | { ok: false; problem: string };

/** Limits that keep one hostile or broken export from swamping the app; the text limits match an entry's. */
export const importLimits = {
  maximumFileBytes: 64 * 1024 * 1024,
  maximumEntries: 100_000,
  title: 300,
  body: 200_000,
  tag: 200,
  tags: 100,
  /** Files one imported entry may have: as many as an entry holds. */
  attachments: 100,
  /**
   * The photos and PDFs of one zip, unpacked, as their sizes are declared in its directory (checked
   * before anything is inflated, so a zip bomb of media is refused too). A real export is stored
   * rather than compressed (photos do not shrink), so this is several times the largest file.
   */
  maximumMediaBytes: 512 * 1024 * 1024,
} as const;
