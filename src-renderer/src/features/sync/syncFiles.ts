import { storeAttachments, type NewAttachment } from '../../db/attachmentsRepository';
import type { ScopeJournalDatabase } from '../../db/database';
import { checkAttachmentContents } from '../../domain/attachments/attachmentChecks';
import { attachmentHash } from '../../domain/attachments/attachmentHash';
import { sniffFileKind } from '../../domain/attachments/fileKinds';
import type { AttachmentRef } from '../../domain/types';
import { makeImageThumbnail } from '../attachments/imageThumbnail';
import type { SyncFolderListing } from '../../../../src-main/shared/contract';
import type { SyncFolderPort } from './runSync';

/** What the files part of a sync did. */
export interface FilesOutcome {
  sent: number;
  received: number;
  waiting: number;
  problems: string[];
}

const hashPrefix = /^([0-9a-f]{64})/;

/** Per hash, where in the folder its file and thumbnail are (every device and copy that has one). */
function filesInFolder(listing: SyncFolderListing) {
  const found = new Map<string, { files: { deviceId: string; name: string }[]; thumbnails: { deviceId: string; name: string }[] }>();
  const place = (hash: string) => {
    const held = found.get(hash) ?? { files: [], thumbnails: [] };
    found.set(hash, held);
    return held;
  };
  for (const device of listing.devices) {
    for (const part of ['files', 'thumbnails'] as const) {
      for (const name of device[part]) {
        const hash = hashPrefix.exec(name)?.[1];
        if (hash !== undefined) place(hash)[part].push({ deviceId: device.deviceId, name });
      }
    }
  }
  return found;
}

/** Every file the journal's entries refer to, by hash (one reference each, for its name and kind). */
async function referencedFiles(database: ScopeJournalDatabase): Promise<Map<string, AttachmentRef>> {
  const entries = await database.entries.where('attachments.length').above(0).toArray();
  const references = new Map<string, AttachmentRef>();
  for (const entry of entries) for (const reference of entry.attachments ?? []) references.set(reference.hash, reference);
  return references;
}

async function thumbnailFor(bytes: Uint8Array<ArrayBuffer>, reference: AttachmentRef, sent: Uint8Array | null): Promise<Blob | null> {
  if (reference.mediaType === 'application/pdf') return null;
  // A thumbnail from the folder is used only when its bytes are an image this app shows.
  const kind = sent === null ? null : sniffFileKind(sent);
  if (sent !== null && (kind === 'image/png' || kind === 'image/jpeg' || kind === 'image/webp' || kind === 'image/gif')) {
    return new Blob([new Uint8Array(sent)], { type: kind });
  }
  try {
    return (await makeImageThumbnail(new Blob([bytes], { type: reference.mediaType }))).thumbnail;
  } catch {
    return null;
  }
}

/**
 * The attached files, both ways. Each travels once, as an immutable file named by its hash: a file
 * the journal refers to that no computer has put in the folder yet is written (with its thumbnail);
 * a file an entry refers to that this computer lacks is read, checked against its hash and kind
 * like any file the user attaches, and stored.
 */
export async function syncAttachedFiles(
  database: ScopeJournalDatabase,
  folder: SyncFolderPort,
  listing: SyncFolderListing,
  now: () => number,
): Promise<FilesOutcome> {
  const outcome: FilesOutcome = { sent: 0, received: 0, waiting: 0, problems: [] };
  const inFolder = filesInFolder(listing);
  const references = await referencedFiles(database);
  const stored = await database.attachments.bulkGet([...references.keys()]);
  const received: NewAttachment[] = [];
  let index = 0;
  for (const [hash, reference] of references) {
    const local = stored[index];
    index += 1;
    const places = inFolder.get(hash);
    if (local !== undefined) {
      if (places !== undefined && places.files.length > 0) continue;
      await folder.writeSyncFile({ hash, part: 'file', bytes: new Uint8Array(await local.blob.arrayBuffer()) });
      if (local.thumbnail !== null) {
        await folder.writeSyncFile({ hash, part: 'thumbnail', bytes: new Uint8Array(await local.thumbnail.arrayBuffer()) });
      }
      outcome.sent += 1;
      continue;
    }
    if (places === undefined) continue;
    let bytes: Uint8Array<ArrayBuffer> | null = null;
    for (const place of places.files) {
      const read = await folder.readSyncFile({ deviceId: place.deviceId, name: place.name, part: 'file' });
      if (read.status === 'complete' && (await attachmentHash(new Uint8Array(read.value))) === hash) {
        bytes = new Uint8Array(read.value);
        break;
      }
    }
    if (bytes === null) {
      outcome.waiting += 1;
      continue;
    }
    const checked = checkAttachmentContents(reference.fileName, reference.mediaType, bytes);
    if (!checked.ok) {
      outcome.problems.push(checked.problem);
      continue;
    }
    let sentThumbnail: Uint8Array | null = null;
    for (const place of places.thumbnails) {
      const read = await folder.readSyncFile({ deviceId: place.deviceId, name: place.name, part: 'thumbnail' });
      if (read.status === 'complete') {
        sentThumbnail = read.value;
        break;
      }
    }
    received.push({
      hash,
      mediaType: checked.mediaType,
      byteSize: bytes.length,
      blob: new Blob([bytes], { type: checked.mediaType }),
      thumbnail: await thumbnailFor(bytes, reference, sentThumbnail),
    });
  }
  if (received.length > 0) {
    await storeAttachments(database, received, new Date(now()));
    outcome.received = received.length;
  }
  return outcome;
}
