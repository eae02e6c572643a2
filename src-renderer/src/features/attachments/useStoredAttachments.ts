import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { AttachmentRef, StoredAttachment } from '../../domain/types';

/**
 * The stored files of `attachments`, by hash: a row, or null when the file is not stored (an entry
 * restored from a backup made on another computer); undefined while they are read.
 */
export function useStoredAttachments(attachments: readonly AttachmentRef[]): Map<string, StoredAttachment | null> | undefined {
  const key = attachments.map((attachment) => attachment.hash).join(',');
  return useLiveQuery(async () => {
    const hashes = key === '' ? [] : key.split(',');
    const rows = await db.attachments.bulkGet(hashes);
    return new Map(hashes.map((hash, index) => [hash, rows[index] ?? null]));
  }, [key]);
}
