import { z } from 'zod';
import { maximumExternalUrlLength } from '../shared/externalUrl';
import { minimumPassphraseLength } from '../services/backups/backupCrypto';
import { maximumBackupFileBytes } from '../services/backups/backupFolder';
import { entryIdSchema, maximumFollowUps } from '../services/reminders/reminderSettings';
import { localDateSchema } from '../shared/localDateSchema';
import { backupCadences, backupReasons, maximumKeptBackups, themeSources } from '../shared/values';

/**
 * Schemas for every payload the renderer sends. The renderer is untrusted, so each payload is
 * checked in full — exact keys (strict objects), bounded lengths and counts — before a handler
 * acts on it.
 */

/** Largest text the renderer may ask to save, in UTF-8 bytes (a full JSON backup fits easily). */
const maximumSaveTextBytes = 256 * 1024 * 1024;

const maximumTitleLength = 200;
const maximumFilters = 20;
const maximumExtensionsPerFilter = 20;

// Control characters would garble a dialog's title and have no place in a file name.
const hasNoControlCharacters = (text: string): boolean => !/\p{Cc}/u.test(text);

const dialogTitleSchema = z.string().max(maximumTitleLength).refine(hasNoControlCharacters, 'must not contain control characters');

const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(hasNoControlCharacters, 'must not contain control characters')
  .refine((name) => !/[/\\]/.test(name), 'must be a file name without a folder')
  .refine((name) => name !== '.' && name !== '..', 'must be a file name');

const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100).refine(hasNoControlCharacters, 'must not contain control characters'),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9][A-Za-z0-9_-]{0,15})$/, 'must be an extension without a dot, or *'))
    .min(1)
    .max(maximumExtensionsPerFilter),
});

const fileFiltersSchema = z.array(fileFilterSchema).max(maximumFilters);

const saveContentsSchema = z
  .string()
  .max(maximumSaveTextBytes)
  .refine((text) => Buffer.byteLength(text, 'utf8') <= maximumSaveTextBytes, `must be at most ${maximumSaveTextBytes / (1024 * 1024)} MB`);

/** `getAppInfo` takes no payload. */
export const getAppInfoPayloadSchema = z.undefined();

/** Payload of `saveTextFile` (see `SaveTextFileRequest`). */
export const saveTextFileRequestSchema = z.strictObject({
  title: dialogTitleSchema,
  suggestedName: fileNameSchema,
  filters: fileFiltersSchema,
  contents: saveContentsSchema,
});

/** Payload of `openTextFile` (see `OpenTextFileRequest`). */
export const openTextFileRequestSchema = z.strictObject({
  title: dialogTitleSchema,
  filters: fileFiltersSchema,
});

/** Payload of `openExternalLink`: the URL; which URLs are allowed is checked separately. */
export const openExternalLinkPayloadSchema = z.string().min(1).max(maximumExternalUrlLength);

/** `preparePdfExport` takes no payload. */
export const preparePdfExportPayloadSchema = z.undefined();

/** Payload of `exportPacketPdf` (see `ExportPacketPdfRequest`). */
export const exportPacketPdfRequestSchema = z.strictObject({
  // Only ever used URL-encoded in the print route's hash, so any printable text is safe.
  packetId: z.string().min(1).max(100).refine(hasNoControlCharacters, 'must not contain control characters'),
  suggestedName: fileNameSchema
    .refine((name) => name.length <= 200, 'must be at most 200 characters')
    .refine((name) => /.\.pdf$/i.test(name), 'must be a file name ending in .pdf'),
  pageSize: z.enum(['A4', 'Letter']),
  title: z.string().max(500).refine(hasNoControlCharacters, 'must not contain control characters'),
  author: z.string().max(500).refine(hasNoControlCharacters, 'must not contain control characters'),
});

/** Payload of `openFile` (see `OpenFileRequest`). */
export const openFileRequestSchema = openTextFileRequestSchema;

/** `getBackupSettings`, `chooseBackupFolder` and `listBackups` take no payload. */
export const noPayloadSchema = z.undefined();

/**
 * Largest backup text the renderer may send, in UTF-8 bytes: the largest backup file that is read
 * back, less room for the encryption header, so every backup written can be restored.
 */
const maximumBackupTextBytes = maximumBackupFileBytes - 1024;
const maximumPassphraseLength = 1024;

// Counted in characters (code points), as the backup encryption counts them; the UTF-16 bound
// comes first so that a huge string is refused before it is counted.
const passphraseSchema = z
  .string()
  .max(maximumPassphraseLength * 2)
  .refine((passphrase) => [...passphrase].length >= minimumPassphraseLength, `must be at least ${minimumPassphraseLength} characters`)
  .refine((passphrase) => [...passphrase].length <= maximumPassphraseLength, `must be at most ${maximumPassphraseLength} characters`);

/** Payload of `updateBackupSettings` (see `BackupSettingsChange`). */
export const backupSettingsChangeSchema = z.strictObject({
  cadence: z.enum(backupCadences).optional(),
  keep: z.number().int().min(1).max(maximumKeptBackups).optional(),
  encrypt: z.boolean().optional(),
  passphrase: passphraseSchema.optional(),
});

const backupReasonSchema = z.enum(backupReasons);

/** Payload of `writeBackup` (see `WriteBackupRequest`). */
export const writeBackupRequestSchema = z.strictObject({
  contents: z
    .string()
    .min(1)
    .max(maximumBackupTextBytes)
    .refine(
      (text) => Buffer.byteLength(text, 'utf8') <= maximumBackupTextBytes,
      `must be at most ${maximumBackupFileBytes / (1024 * 1024)} MB`,
    ),
  reason: backupReasonSchema,
});

/** Payload of `readBackup`; which names are backups' is checked by the backup folder itself. */
export const readBackupRequestSchema = z.strictObject({
  fileName: z.string().min(1).max(255).refine(hasNoControlCharacters, 'must not contain control characters'),
  passphrase: passphraseSchema.optional(),
});

/** Payload of `decryptBackup` (see `DecryptBackupRequest`). */
export const decryptBackupRequestSchema = z.strictObject({
  bytes: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength <= maximumBackupFileBytes, `must be at most ${maximumBackupFileBytes / (1024 * 1024)} MB`),
  passphrase: passphraseSchema,
});

/** Payload of `updateReminderSettings`: the reminders to turn on or off. */
export const reminderSettingsChangeSchema = z.strictObject({
  weekly: z.boolean().optional(),
  quarterlyReview: z.boolean().optional(),
  followUps: z.boolean().optional(),
});

/** Longest follow-up title kept (a notification shows far less). */
const maximumFollowUpTitleLength = 500;

/** Payload of `setFollowUps` (see `FollowUpDue`). */
export const followUpsSchema = z
  .array(
    z.strictObject({
      entryId: entryIdSchema,
      title: z.string().max(maximumFollowUpTitleLength),
      followUpOn: localDateSchema,
    }),
  )
  .max(maximumFollowUps);

/** Payload of `setThemeSource`. */
export const themeSourceSchema = z.enum(themeSources);

/**
 * Validates `payload` against `schema`, or throws an Error naming the channel and each problem
 * (field path and reason, never the offending value, which may be huge or private).
 */
export function parsePayload<Schema extends z.ZodType>(channel: string, schema: Schema, payload: unknown): z.output<Schema> {
  const result = schema.safeParse(payload);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  throw new Error(`Invalid request for ${channel}: ${problems.join('; ')}`);
}
