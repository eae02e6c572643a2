import { z } from 'zod';
import { localDateSchema } from '../../../../src-main/shared/localDateSchema';
import { entryKindIds } from './entryKinds';
import { scopeLevelIds } from '../scopeLevels';
import { maximumAttachmentBytes, maximumFileNameLength } from '../attachments/attachmentChecks';
import { attachableKinds } from '../attachments/fileKinds';
import type { AttachmentMediaType, AttachmentRef, Entry, EntryKind, ScopeLevelId } from '../types';

/** Limits that keep one hostile or broken record from swamping the app. */
export const entryLimits = {
  title: 300,
  body: 200_000,
  text: 20_000,
  listItems: 100,
  listItem: 200,
} as const;

const localDate = localDateSchema;
const instant = z.iso.datetime({ offset: true });
const shortText = z.string().max(entryLimits.listItem);
const longText = z.string().max(entryLimits.text);
const shortList = z.array(shortText).max(entryLimits.listItems);
const pixels = z.number().int().min(1).max(1_000_000);

/**
 * A reference to an attached file. A backup or an entries file carries these references only (the
 * files themselves are not in it yet), so an entry restored where its file is missing says so.
 */
export const attachmentRefSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hash'),
  fileName: z.string().trim().min(1).max(maximumFileNameLength),
  mediaType: z.enum(Object.keys(attachableKinds) as [AttachmentMediaType, ...AttachmentMediaType[]]),
  byteSize: z.number().int().min(1).max(maximumAttachmentBytes),
  width: pixels.optional(),
  height: pixels.optional(),
}) satisfies z.ZodType<AttachmentRef>;

/** Validates a whole stored entry: what imports and backups are checked against. */
export const entrySchema = z.strictObject({
  id: z.string().min(1).max(100),
  occurredOn: localDate,
  createdAt: instant,
  updatedAt: instant,
  title: z.string().trim().min(1, 'needs a title').max(entryLimits.title),
  body: z.string().max(entryLimits.body),
  kind: z.enum(entryKindIds as [EntryKind, ...EntryKind[]]),
  scope: z.enum(scopeLevelIds as [ScopeLevelId, ...ScopeLevelId[]]),
  competencies: shortList,
  tags: shortList,
  impact: longText,
  impactMetric: z.strictObject({ name: shortText, value: z.number().finite(), unit: z.string().max(40) }).nullable(),
  people: shortList,
  links: z.array(z.strictObject({ label: shortText, url: z.string().max(2_000) })).max(entryLimits.listItems),
  aiAssist: longText,
  starred: z.boolean(),
  followUpOn: localDate.nullable(),
  outcome: longText,
  options: shortList,
  choice: longText,
  confidence: z.number().int().min(0).max(100).nullable(),
  deletedAt: instant.nullable(),
  source: z.enum(['user', 'sample']),
  importKey: z.string().min(1).max(200).optional(),
  // Optional: entries written before attachments existed, and entries without any, have none.
  attachments: z.array(attachmentRefSchema).max(entryLimits.listItems).optional(),
}) satisfies z.ZodType<Entry>;
