/** What the entry exports say about attached files, which only the Markdown export takes along. */
import { counted } from '../counted';
import type { AttachmentRef, Entry } from '../types';

/** The distinct files `entries` refer to (one per hash, the first reference seen), in reading order. */
export function attachedFilesOf(entries: readonly Entry[]): AttachmentRef[] {
  const files = new Map<string, AttachmentRef>();
  for (const entry of entries) for (const file of entry.attachments ?? []) if (!files.has(file.hash)) files.set(file.hash, file);
  return [...files.values()];
}

/**
 * The sentence a JSON or CSV export adds to its success message when its entries have files
 * attached: the file holds their names, not the files. Empty when no file is attached.
 */
export function attachedFilesLeftOutNote(entries: readonly Entry[]): string {
  const count = attachedFilesOf(entries).length;
  if (count === 0) return '';
  return `${counted(count, 'attached file is', 'attached files are')} not in this file; export Markdown to take them along, or make a backup.`;
}
