/*
 * How an entry's text shows one of its stored files in place: a Markdown image whose source is
 * `attachment:<sha256>` (`![Photo](attachment:9f86d0…)`). It names a file by its hash only, so
 * it can point at nothing outside the journal's own stored files: MarkdownView shows the stored
 * file, never fetching anything, and any other `attachment:` value is dropped as an unsafe URL.
 */

/** The scheme of an in-place file reference. */
export const attachmentScheme = 'attachment:';

const attachmentSource = /^attachment:([0-9a-f]{64})$/;

/** The hash an image source names when it is exactly `attachment:` and 64 lowercase hex digits; null otherwise. */
export function attachmentSourceHash(source: string): string | null {
  return attachmentSource.exec(source)?.[1] ?? null;
}

/**
 * A caption that cannot end an image's brackets early: brackets escaped, and a trailing backslash
 * doubled (it would escape the closing bracket). Other escapes stay as written.
 */
export function escapedCaption(caption: string): string {
  return caption.replace(/[[\]]/g, '\\$&').replace(/\\+$/, (run) => (run.length % 2 === 1 ? `${run}\\` : run));
}
