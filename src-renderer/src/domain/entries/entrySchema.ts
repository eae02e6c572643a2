import { z } from 'zod';
import { localDateSchema } from '../../../../src-main/shared/localDateSchema';
import { entryKindIds } from './entryKinds';
import { scopeLevelIds } from '../scopeLevels';
import type { Entry, EntryKind, ScopeLevelId } from '../types';

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
}) satisfies z.ZodType<Entry>;
