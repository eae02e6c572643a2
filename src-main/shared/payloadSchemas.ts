import { z } from 'zod';
import { maximumAcceleratorLength } from './accelerator';
import { maximumExternalUrlLength } from './externalUrl';
import { localDateSchema } from './localDateSchema';
import { isSyncContentHash, parseSyncBatchName, parseSyncContentName, parseSyncDeviceFolderName } from './syncNames';
import {
  backupCadences,
  backupReasons,
  maximumAttachmentBytes,
  maximumBackupFileBytes,
  maximumEntryIdLength,
  maximumFollowUps,
  maximumKeptBackups,
  maximumPassphraseLength,
  maximumSyncBatchBytes,
  maximumSyncDeviceNameLength,
  minimumPassphraseLength,
  themeSources,
  utf8ByteLength,
} from './values';

/*
 * The schema of every payload the page sends the desktop. The page is untrusted, so each payload
 * is checked in full — exact keys (strict objects), bounded lengths and counts — before a handler
 * acts on it. The contract's request types are these schemas' input types.
 */

/** Largest text the page may ask to save, in UTF-8 bytes (a full JSON backup fits easily). */
const maximumSaveTextBytes = 256 * 1024 * 1024;

/**
 * Largest backup text the page may send, in UTF-8 bytes: the largest backup file that is read
 * back, less room for the encryption header, so every backup written can be restored.
 */
const maximumBackupTextBytes = maximumBackupFileBytes - 1024;

/** Longest follow-up title kept (a notification shows far less). */
const maximumFollowUpTitleLength = 500;

// Control characters would garble a dialog's title and have no place in a file name.
const hasNoControlCharacters = (text: string): boolean => !/\p{Cc}/u.test(text);

/** Printable text of `minimumLength` to `maximumLength` characters. */
function printableText(minimumLength: number, maximumLength: number) {
  return z.string().min(minimumLength).max(maximumLength).refine(hasNoControlCharacters, 'must not contain control characters');
}

/** Text of at most `maximumBytes` UTF-8 bytes (the UTF-16 bound first, so a huge string is refused before it is counted). */
function textOfAtMost(maximumBytes: number, minimumLength = 0) {
  return z
    .string()
    .min(minimumLength)
    .max(maximumBytes)
    .refine((text) => utf8ByteLength(text) <= maximumBytes, `must be at most ${maximumBytes / (1024 * 1024)} MB`);
}

/** A page-made id: an entry's or a packet's. */
export const entryIdSchema = z.string().min(1).max(maximumEntryIdLength);

const fileNameSchema = printableText(1, 255)
  .refine((name) => !/[/\\]/.test(name), 'must be a file name without a folder')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name');

/** A file type offered in a native dialog, e.g. `{ name: 'JSON', extensions: ['json'] }`. */
const fileFilterSchema = z.strictObject({
  name: printableText(1, 100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9][A-Za-z0-9_-]{0,15})$/, 'must be an extension without a dot, or *'))
    .min(1)
    .max(20),
});

/** A dialog's window title and the file types it offers. */
const fileDialogFields = {
  /** Window title of the dialog. */
  title: printableText(0, 200),
  filters: z.array(fileFilterSchema).max(20),
};

// Counted in characters (code points), as the backup encryption counts them; the UTF-16 bound
// comes first so that a huge string is refused before it is counted.
const passphraseSchema = z
  .string()
  .max(maximumPassphraseLength * 2)
  .refine((passphrase) => [...passphrase].length >= minimumPassphraseLength, `must be at least ${minimumPassphraseLength} characters`)
  .refine((passphrase) => [...passphrase].length <= maximumPassphraseLength, `must be at most ${maximumPassphraseLength} characters`);

/** No payload at all. */
export const noPayloadSchema = z.undefined();

/** Asks where to save a text file, and its contents. */
export const saveTextFileRequestSchema = z.strictObject({
  ...fileDialogFields,
  /** File name the dialog suggests, without a folder. */
  suggestedName: fileNameSchema,
  /** The whole file's text. Written atomically: the old file stays intact if anything fails. */
  contents: textOfAtMost(maximumSaveTextBytes),
});

/** Largest file of bytes the page may ask to save (a DOCX of a large packet is a few MB). */
const maximumSaveFileBytes = 256 * 1024 * 1024;

/** Asks where to save a file of bytes (a DOCX document), and its contents. */
export const saveFileRequestSchema = z.strictObject({
  ...fileDialogFields,
  /** File name the dialog suggests, without a folder. */
  suggestedName: fileNameSchema,
  /** The whole file. Written atomically: the old file stays intact if anything fails. */
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes (a Uint8Array)')
    .refine((bytes) => bytes.byteLength > 0, 'must not be empty')
    .refine((bytes) => bytes.byteLength <= maximumSaveFileBytes, `must be at most ${maximumSaveFileBytes / (1024 * 1024)} MB`),
});

/** Asks which file to open (as text, or as bytes). */
export const openFileRequestSchema = z.strictObject(fileDialogFields);

/** A link to open outside the app; which URLs are allowed is checked by the handler. */
export const externalLinkSchema = z.string().min(1).max(maximumExternalUrlLength);

/** Which packet to print, and how. */
export const exportPacketPdfRequestSchema = z.strictObject({
  /** The saved packet to print; its print view is the page `#/print/packet/<packetId>`. */
  // Only ever used URL-encoded in the print route's hash, so any printable text is safe.
  packetId: printableText(1, 100),
  /** File name the save dialog suggests, e.g. `promotion-packet-2026-11-21.pdf`. */
  suggestedName: fileNameSchema
    .refine((name) => name.length <= 200, 'must be at most 200 characters')
    .refine((name) => /.\.pdf$/i.test(name), 'must be a file name ending in .pdf'),
  pageSize: z.enum(['A4', 'Letter']),
  /** The PDF's document title, which a reader shows in its title bar: the packet's title. */
  title: printableText(0, 500),
  /** The PDF's author ("Your name" on the packet); empty when not set, and then left out. */
  author: printableText(0, 500),
});

/** A change to the automatic-backup settings; absent fields stay as they are. */
export const backupSettingsChangeSchema = z.strictObject({
  cadence: z.enum(backupCadences).optional(),
  /** How many backups are kept; older ones are deleted after each new one. */
  keep: z.number().int().min(1).max(maximumKeptBackups).optional(),
  encrypt: z.boolean().optional(),
  /** A new passphrase. Required to turn encryption on the first time. */
  passphrase: passphraseSchema.optional(),
});

/** A backup to write into the backup folder. */
export const writeBackupRequestSchema = z.strictObject({
  /** A whole backup file's text (see the renderer's backup file module). */
  contents: textOfAtMost(maximumBackupTextBytes, 1),
  reason: z.enum(backupReasons),
});

/** Largest piece of a streamed file the page may send at once. */
export const maximumStreamPieceBytes = 16 * 1024 * 1024;

/** A stream main opened for the page (`beginFileWrite`, `openFileRead`). */
const streamIdSchema = z.uuid();

/**
 * Where a file written in pieces goes: where the user chooses in a save dialog, or into the backup
 * folder as the next automatic backup (named, encrypted and rotated by main).
 */
export const beginFileWriteRequestSchema = z.discriminatedUnion('target', [
  z.strictObject({ target: z.literal('dialog'), ...fileDialogFields, suggestedName: fileNameSchema }),
  z.strictObject({ target: z.literal('backup-folder'), reason: z.enum(backupReasons) }),
]);

/** One piece of a file being written, in order. */
export const writeFileChunkRequestSchema = z.strictObject({
  streamId: streamIdSchema,
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes (a Uint8Array)')
    .refine((bytes) => bytes.byteLength <= maximumStreamPieceBytes, `must be at most ${maximumStreamPieceBytes / (1024 * 1024)} MB`),
});

/** Which stream a request is about. */
export const streamRequestSchema = z.strictObject({ streamId: streamIdSchema });

/** Which file to read in pieces: one the user chooses, or a backup in the backup folder by name. */
export const openFileReadRequestSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('dialog'), ...fileDialogFields }),
  z.strictObject({ source: z.literal('backup-folder'), fileName: printableText(1, 255) }),
]);

/** The passphrase of an encrypted file being read; absent for a backup in the folder, to use the stored one. */
export const unlockFileReadRequestSchema = z.strictObject({ streamId: streamIdSchema, passphrase: passphraseSchema.optional() });

/** The reminders to turn on or off; absent ones stay as they are. */
export const reminderSettingsChangeSchema = z.strictObject({
  weekly: z.boolean().optional(),
  quarterlyReview: z.boolean().optional(),
  followUps: z.boolean().optional(),
});

/** A decision or launch waiting for its outcome, as the follow-up reminders need it. */
const followUpDueSchema = z.strictObject({
  entryId: entryIdSchema,
  title: z.string().max(maximumFollowUpTitleLength),
  /** Local date YYYY-MM-DD. */
  followUpOn: localDateSchema,
});

/** The journal's open follow-ups (no outcome yet). */
export const followUpsSchema = z.array(followUpDueSchema).max(maximumFollowUps);

/** A decision or launch waiting for its outcome. */
export type FollowUpDue = z.output<typeof followUpDueSchema>;

/** The theme the user chose. */
export const themeSourceSchema = z.enum(themeSources);

/** Which added git repository (its `GitRepositoryView.id`). */
export const gitRepositoryIdSchema = z.strictObject({ id: z.string().regex(/^[0-9a-f]{8,64}$/) });

/** Reads one added repository's history from `since` (a local date), for the Inbox. */
export const readGitLogRequestSchema = z.strictObject({ id: z.string().regex(/^[0-9a-f]{8,64}$/), since: localDateSchema });

/**
 * A new quick-capture shortcut, or `null` to turn it off. Only bounded here: whether it is a key
 * combination is the handler's answer (`invalid`, with the reason), not a refused request.
 */
export const quickCaptureShortcutSchema = z.strictObject({ accelerator: printableText(1, maximumAcceleratorLength).nullable() });

/** The sync passphrase, as long as a backup passphrase may be. */
export const syncPassphraseRequestSchema = z.strictObject({ passphrase: passphraseSchema });

/** This computer's new name in the sync folder: 1 to 80 characters once trimmed, printable. */
export const syncDeviceNameRequestSchema = z.strictObject({
  name: z
    .string()
    .max(maximumSyncDeviceNameLength * 4)
    .transform((name) => name.trim())
    .refine((name) => name.length >= 1, 'must not be empty')
    .refine((name) => [...name].length <= maximumSyncDeviceNameLength, `must be at most ${maximumSyncDeviceNameLength} characters`)
    .refine(hasNoControlCharacters, 'must not contain control characters'),
});

/** A device folder of the sync folder, as `listSyncFolder` names it: never a path. */
const syncDeviceFolderSchema = z
  .string()
  .max(255)
  .refine((name) => parseSyncDeviceFolderName(name) !== null, 'must be a device folder of the sync folder');

/** Which batch to read: a device folder and a batch name, both as `listSyncFolder` gave them. */
export const readSyncBatchRequestSchema = z.strictObject({
  deviceId: syncDeviceFolderSchema,
  name: z
    .string()
    .max(255)
    .refine((name) => parseSyncBatchName(name) !== null, 'must be the name of a batch in the sync folder'),
});

/** A batch of changes to write into this computer's folder: the page's own text, opaque here. */
export const writeSyncBatchRequestSchema = z.strictObject({ text: textOfAtMost(maximumSyncBatchBytes, 1) });

/** What an attachment's file in the sync folder holds: the file itself, or its thumbnail. */
const syncFilePartSchema = z.enum(['file', 'thumbnail']);

/** Which attachment (or thumbnail) to read: a device folder and a name, as `listSyncFolder` gave them. */
export const readSyncFileRequestSchema = z.strictObject({
  deviceId: syncDeviceFolderSchema,
  name: z
    .string()
    .max(255)
    .refine((name) => parseSyncContentName(name) !== null, 'must be the name of a file in the sync folder'),
  part: syncFilePartSchema,
});

/** An attachment (or its thumbnail) to write into this computer's folder, named by the attachment's SHA-256. */
export const writeSyncFileRequestSchema = z.strictObject({
  hash: z.string().refine(isSyncContentHash, 'must be a SHA-256 in 64 lower-case hex digits'),
  part: syncFilePartSchema,
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes (a Uint8Array)')
    .refine((bytes) => bytes.byteLength > 0, 'must not be empty')
    .refine((bytes) => bytes.byteLength <= maximumAttachmentBytes, `must be at most ${maximumAttachmentBytes / (1024 * 1024)} MB`),
});
