/**
 * What every record of a backup is checked against before a restore may touch the database, and
 * how a problem with one is put into words. The limits are generous sanity bounds, far above what
 * the app's own forms produce, so a user's real data always passes and a hostile file cannot
 * swamp the app.
 */
import { z } from 'zod';
import { localDateSchema } from '../../../../src-main/shared/localDateSchema';
import { entrySchema } from '../entries/entrySchema';
import { isOrderedRange } from '../framework/expectedScope';
import { frameworkLimits } from '../framework/frameworkEditing';
import { isQuarterKey, type QuarterKey } from '../quarters';
import type {
  Competency,
  DraftSource,
  Entry,
  EvidenceDraft,
  EvidenceItem,
  Framework,
  Goal,
  Packet,
  QuarterlyReview,
  ReadingListItem,
  Setting,
} from '../types';

/** The tables of a format-1 backup, written before the Inbox existed, in the file's order. */
const format1TableNames = ['entries', 'reviews', 'goals', 'readingList', 'packets', 'frameworks', 'settings'] as const;

/** The backed-up tables, in the fixed order the file uses: format 1's, then the Inbox's. */
export const backupTableNames = [...format1TableNames, 'drafts', 'evidenceItems'] as const;

export type BackupTableName = (typeof backupTableNames)[number];
export type Format1TableName = (typeof format1TableNames)[number];

/** The rows of each backed-up table. */
export interface BackupTables {
  entries: readonly Entry[];
  reviews: readonly QuarterlyReview[];
  goals: readonly Goal[];
  readingList: readonly ReadingListItem[];
  packets: readonly Packet[];
  frameworks: readonly Framework[];
  settings: readonly Setting[];
  drafts: readonly EvidenceDraft[];
  evidenceItems: readonly EvidenceItem[];
}

const limits = {
  id: 200,
  name: 1_000,
  text: 50_000,
  listItems: 1_000,
  entryIds: 1_000_000,
  mapKeys: 1_000,
  settingCharacters: 1_000_000,
} as const;

/**
 * The Inbox's own limits; a draft's words are held to the limits of the entry it becomes. A draft
 * is made of at most `itemKeys` source items (commits, events), each key at most `itemKey` long:
 * whatever drafts the Inbox makes must stay within them, or their backup could not be restored.
 */
export const inboxLimits = {
  itemKey: 1_000,
  itemKeys: 10_000,
} as const;

const id = z.string().min(1).max(limits.id);
const instant = z.iso.datetime({ offset: true });
const localDate = localDateSchema;
const name = z.string().max(limits.name);
const text = z.string().max(limits.text);
const idList = z.array(id).max(limits.listItems);
const textList = z.array(text).max(limits.listItems);
const notBlank = (value: string): boolean => value.trim() !== '';

/** A map keyed by competency id, e.g. a review's answers. */
function mapOf<T extends z.ZodType>(value: T) {
  return z
    .record(id, value)
    .refine((map) => Object.keys(map).length <= limits.mapKeys, { message: `has more than ${limits.mapKeys} keys` });
}

const quarterKey = z.custom<QuarterKey>(isQuarterKey, { message: 'must be a quarter written like 2026-Q3' });

const reviewSchema = z.strictObject({
  id,
  quarter: quarterKey,
  answers: mapOf(text),
  ratings: mapOf(z.number().int().min(1).max(5)),
  summary: text,
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<QuarterlyReview>;

const goalSchema = z.strictObject({
  id,
  currentRole: name,
  targetRole: name,
  targetDate: localDate.nullable(),
  competencyIds: idList,
  behaviours: textList,
  status: z.enum(['active', 'achieved', 'dropped']),
  updatedAt: instant,
}) satisfies z.ZodType<Goal>;

const readingListItemSchema = z.strictObject({
  id,
  title: name.refine(notBlank, { message: 'needs a title' }),
  author: name,
  status: z.enum(['to-read', 'reading', 'finished']),
  notes: text,
  competencyIds: idList,
  updatedAt: instant,
}) satisfies z.ZodType<ReadingListItem>;

const packetSchema = z.strictObject({
  id,
  title: name,
  authorName: name,
  currentRole: name,
  targetRole: name,
  periodStart: localDate,
  periodEnd: localDate,
  entryIds: z.array(id).max(limits.entryIds),
  narratives: mapOf(text),
  // Optional: packets backed up before "Draft narratives" have none.
  draftedNarratives: mapOf(text).optional(),
  summary: text,
  options: z.strictObject({
    redactPeople: z.boolean(),
    includeAppendix: z.boolean(),
    includeReviews: z.boolean(),
    pageSize: z.enum(['A4', 'Letter']),
    // Optional: packets backed up before the one-page summary have none.
    onePage: z.boolean().optional(),
    // Optional: packets backed up before "Include images" have none.
    includeImages: z.boolean().optional(),
  }),
  // Optional: packets backed up before "Names to redact" have none.
  redaction: z.strictObject({ unticked: z.array(name).max(limits.listItems), added: z.array(name).max(limits.listItems) }).optional(),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<Packet>;

const frameworkText = z.string().max(frameworkLimits.listItem);

/** A role's expected scope: two scope levels, `from` no wider than `to`. */
const scopeRangeSchema = z
  .strictObject({ from: entrySchema.shape.scope, to: entrySchema.shape.scope })
  .refine(isOrderedRange, { message: 'runs from a wider scope to a narrower one' });

const competencySchema = z.strictObject({
  id,
  name: z.string().max(frameworkLimits.name).refine(notBlank, { message: 'needs a name' }),
  description: z.string().max(frameworkLimits.description),
  behaviours: z.array(frameworkText).max(frameworkLimits.listItems),
  prompts: z.array(frameworkText).max(frameworkLimits.listItems),
  // Optional: frameworks backed up before expected scopes have none, nor do competencies that keep the ladder's defaults.
  expectedScope: z
    .strictObject({ senior: scopeRangeSchema.optional(), staff: scopeRangeSchema.optional(), principal: scopeRangeSchema.optional() })
    .optional(),
}) satisfies z.ZodType<Competency>;

const frameworkSchema = z.strictObject({
  id,
  name: z.string().max(frameworkLimits.name).refine(notBlank, { message: 'needs a name' }),
  competencies: z.array(competencySchema).max(frameworkLimits.competencies),
  updatedAt: instant,
}) satisfies z.ZodType<Framework>;

const settingSchema = z.strictObject({
  key: id,
  value: z.json().refine((value) => JSON.stringify(value).length <= limits.settingCharacters, {
    message: `is larger than ${limits.settingCharacters.toLocaleString('en-US')} characters`,
  }),
}) satisfies z.ZodType<Setting>;

const draftSources = {
  git: 'git',
  calendar: 'calendar',
  jira: 'jira',
  linear: 'linear',
  github: 'github',
} as const satisfies { [Source in DraftSource]: Source };

const itemKey = z.string().min(1).max(inboxLimits.itemKey);

/** A draft is checked as strictly as the entry it would become: the same fields, the same limits. */
const draftSchema = z.strictObject({
  ...entrySchema.pick({ occurredOn: true, title: true, body: true, kind: true, scope: true, people: true, tags: true, links: true }).shape,
  id,
  source: z.enum(draftSources),
  origin: name,
  itemKeys: z.array(itemKey).max(inboxLimits.itemKeys),
  createdAt: instant,
}) satisfies z.ZodType<EvidenceDraft>;

const evidenceItemSchema = z.strictObject({
  key: itemKey,
  state: z.enum(['drafted', 'accepted', 'dismissed']),
  updatedAt: instant,
}) satisfies z.ZodType<EvidenceItem>;

/** One row of a backed-up table. */
export type BackupRow<K extends BackupTableName> = BackupTables[K][number];

/** Most records one table of a backup may hold: far beyond a lifetime of journaling. */
export const maximumTableRecords = 1_000_000;

function tableOf<T extends z.ZodType>(record: T) {
  return z.array(record).max(maximumTableRecords);
}

/** Every table of a backup, every record checked. */
export const backupDataSchema = z.strictObject({
  entries: tableOf(entrySchema),
  reviews: tableOf(reviewSchema),
  goals: tableOf(goalSchema),
  readingList: tableOf(readingListItemSchema),
  packets: tableOf(packetSchema),
  frameworks: tableOf(frameworkSchema),
  settings: tableOf(settingSchema),
  drafts: tableOf(draftSchema),
  evidenceItems: tableOf(evidenceItemSchema),
}) satisfies z.ZodType<BackupTables>;

/** How a message names the records of each table. */
export const tableRules: Readonly<Record<BackupTableName, { recordName: string; pluralName: string }>> = {
  entries: { recordName: 'Entry', pluralName: 'entries' },
  reviews: { recordName: 'Review', pluralName: 'reviews' },
  goals: { recordName: 'Goal', pluralName: 'goals' },
  readingList: { recordName: 'Reading list item', pluralName: 'reading list items' },
  packets: { recordName: 'Packet', pluralName: 'packets' },
  frameworks: { recordName: 'Framework', pluralName: 'frameworks' },
  settings: { recordName: 'Setting', pluralName: 'settings' },
  drafts: { recordName: 'Inbox draft', pluralName: 'Inbox drafts' },
  evidenceItems: { recordName: 'Inbox source item', pluralName: 'Inbox source items' },
};

/** A value from the file, shortened, for quoting in a message. */
export function quoted(value: unknown): string {
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `“${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}”`;
}

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/**
 * The rest of a sentence about one field ("is longer than 300 characters"), used wherever a schema
 * does not give its own message. Zod's defaults are written for developers, not for users.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `should be ${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_union':
      return issue.input === undefined ? 'is missing' : 'is not a value a backup can hold';
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum.toLocaleString('en-US')} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum.toLocaleString('en-US')} items`;
      return `is more than ${issue.maximum.toLocaleString('en-US')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'is empty' : `is shorter than ${issue.minimum} characters`;
      if (issue.origin === 'array') return `has fewer than ${issue.minimum} items`;
      return `is less than ${issue.minimum}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((value) => quoted(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${issue.keys.map((key) => quoted(key)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'should be a date and time like 2026-03-14T09:30:00.000Z'
        : 'is not written in the expected form';
    default:
      return undefined;
  }
}

/** "title needs a title": the field a problem is about, then what is wrong with it. */
export function describeProblem(issue: z.core.$ZodIssue | undefined, path: readonly PropertyKey[] = issue?.path ?? []): string {
  const field = path.map(String).join('.') || 'it';
  return `${field} ${issue?.message ?? 'is not valid'}`;
}

function isTableName(value: unknown): value is BackupTableName {
  return typeof value === 'string' && (backupTableNames as readonly string[]).includes(value);
}

/**
 * The first problem `backupDataSchema` found, as a sentence naming the record by its position
 * (counting from 1, as a user would): "Entry 12 is invalid: title needs a title."
 */
export function describeDataProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const [table, index, ...field] = issue?.path ?? [];
  if (!isTableName(table) || typeof index !== 'number') {
    return `The backup is damaged: data.${describeProblem(issue)}.`;
  }
  return `${tableRules[table].recordName} ${index + 1} is invalid: ${describeProblem(issue, field)}.`;
}
