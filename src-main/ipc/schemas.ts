import { z } from 'zod';
import { maximumExternalUrlLength } from '../security/externalUrl';

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

const dialogTitleSchema = z
  .string()
  .max(maximumTitleLength)
  .refine(hasNoControlCharacters, 'must not contain control characters');

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
  .refine(
    (text) => Buffer.byteLength(text, 'utf8') <= maximumSaveTextBytes,
    `must be at most ${maximumSaveTextBytes / (1024 * 1024)} MB`,
  );

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
});

/**
 * Validates `payload` against `schema`, or throws an Error naming the channel and each problem
 * (field path and reason, never the offending value, which may be huge or private).
 */
export function parsePayload<Schema extends z.ZodType>(
  channel: string,
  schema: Schema,
  payload: unknown,
): z.output<Schema> {
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
