import { z } from 'zod';
import { isOrderedRange, roleLevelIds, roleLevelLabel } from './expectedScope';
import { frameworkLimits, kebabCaseId, kebabCaseIdPattern } from './frameworkEditing';
import { isScopeLevelId, scopeLabel, scopeLevelIds } from '../scopeLevels';
import type { Competency, Framework, RoleLevel, ScopeLevelId, ScopeRange } from '../types';
import { readUserFile, type UserFileKind } from '../userFile';

/** Identifies Scope Journal's framework file and its format version. */
export const frameworkFileFormat = 'scope-journal-framework';
export const frameworkFileVersion = 1;
/** Files larger than this (1 MB) are refused before parsing. */
export const maximumFrameworkFileCharacters = 1024 * 1024;

export type ParsedFrameworkFile = { isValid: true; framework: Framework } | { isValid: false; problem: string };

/** `2,000` for 2000. */
function describedLimit(limit: number): string {
  return limit.toLocaleString('en-US');
}

/** A value from the file, shortened, for quoting in a message. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const idRule = `ids must be lowercase letters, digits and hyphens, like 'product-sense', at most ${frameworkLimits.id} characters`;

const scopeRule = `scopes are ${scopeLevelIds.slice(0, -1).join(', ')} and ${scopeLevelIds.at(-1) ?? ''}`;
const roleRule = `roles are ${roleLevelIds.slice(0, -1).join(', ')} and ${roleLevelIds.at(-1) ?? ''}`;

/** One end of an expected scope range at `role` ("Staff"), `end` being "from" or "to". */
function scopeEndSchema(role: string, end: 'from' | 'to') {
  return z.custom<ScopeLevelId>(isScopeLevelId, {
    error: (issue) =>
      issue.input === undefined
        ? `has an expected scope at ${role} with no '${end}'`
        : `has an expected scope at ${role} ${end} '${quoted(issue.input)}', which is not a scope; ${scopeRule}`,
  });
}

/** The range a role expects: two scope levels, `from` no wider than `to`. */
function scopeRangeSchema(level: RoleLevel) {
  const role = roleLevelLabel(level);
  return z
    .object(
      { from: scopeEndSchema(role, 'from'), to: scopeEndSchema(role, 'to') },
      { error: `has an expected scope at ${role} that is not written as an object with a 'from' and a 'to'` },
    )
    .superRefine((range, context) => {
      if (isOrderedRange(range)) return;
      context.addIssue({
        code: 'custom',
        message: `has an expected scope at ${role} from ${scopeLabel(range.from)} to ${scopeLabel(range.to)}; 'from' must not be wider than 'to'`,
      });
    });
}

/** Which scope each role expects, for the roles where it differs from the ladder's defaults. */
const expectedScopeSchema = z.strictObject(
  {
    senior: scopeRangeSchema('senior').optional(),
    staff: scopeRangeSchema('staff').optional(),
    principal: scopeRangeSchema('principal').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has an expected scope for '${quoted(issue.keys[0])}', which is not a role; ${roleRule}`
        : `has an expected scope that is not written as an object of roles; ${roleRule}`,
  },
) satisfies z.ZodType<Partial<Record<RoleLevel, ScopeRange>>>;

/**
 * One competency. Messages are the rest of a sentence that starts "Competency 3 …", so the
 * problem names both the competency and what is wrong with it. Unknown fields are dropped.
 */
const competencySchema = z.object(
  {
    id: z
      .string({ error: (issue) => (issue.input === undefined ? 'has no id' : 'has an id that is not text') })
      .regex(kebabCaseIdPattern, { error: (issue) => `has the id '${quoted(issue.input)}'; ${idRule}` })
      .max(frameworkLimits.id, { error: (issue) => `has the id '${quoted(issue.input)}'; ${idRule}` }),
    name: z
      .string({ error: (issue) => (issue.input === undefined ? 'has no name' : 'has a name that is not text') })
      .trim()
      .min(1, { error: 'has no name' })
      .max(frameworkLimits.name, { error: `has a name longer than ${frameworkLimits.name} characters` }),
    description: z
      .string({ error: 'has a description that is not text' })
      .max(frameworkLimits.description, {
        error: `has a description longer than ${describedLimit(frameworkLimits.description)} characters`,
      })
      .default(''),
    behaviours: z
      .array(
        z
          .string({ error: 'has a behaviour that is not text' })
          .max(frameworkLimits.listItem, { error: `has a behaviour longer than ${frameworkLimits.listItem} characters` }),
        { error: 'has behaviours that are not a list of text' },
      )
      .max(frameworkLimits.listItems, { error: `has more than ${frameworkLimits.listItems} behaviours` })
      .default([]),
    prompts: z
      .array(
        z
          .string({ error: 'has a prompt that is not text' })
          .max(frameworkLimits.listItem, { error: `has a prompt longer than ${frameworkLimits.listItem} characters` }),
        { error: 'has prompts that are not a list of text' },
      )
      .max(frameworkLimits.listItems, { error: `has more than ${frameworkLimits.listItems} prompts` })
      .default([]),
    expectedScope: expectedScopeSchema.optional(),
  },
  { error: 'is not written as an object with an id and a name' },
) satisfies z.ZodType<Competency>;

/** The framework around its competencies, which are checked one by one afterwards. */
const frameworkSchema = z.object(
  {
    id: z
      .string({ error: 'The framework’s id is not text.' })
      .regex(kebabCaseIdPattern, { error: (issue) => `The framework has the id '${quoted(issue.input)}'; ${idRule}.` })
      .max(frameworkLimits.id, { error: (issue) => `The framework has the id '${quoted(issue.input)}'; ${idRule}.` })
      .optional(),
    name: z
      .string({ error: 'The framework has no name.' })
      .trim()
      .min(1, { error: 'The framework has no name.' })
      .max(frameworkLimits.name, { error: `The framework’s name is longer than ${frameworkLimits.name} characters.` }),
    // A missing or malformed timestamp is not worth refusing a file over; saving sets a new one.
    updatedAt: z.iso.datetime({ offset: true }).optional().catch(undefined),
    competencies: z
      .array(z.unknown(), { error: 'The framework has no list of competencies.' })
      .min(1, { error: 'The framework has no competencies; it needs at least one.' })
      .max(frameworkLimits.competencies, {
        error: `The framework has more than ${frameworkLimits.competencies} competencies, the most allowed.`,
      }),
  },
  { error: 'The file has no framework in it.' },
);

const frameworkFileSchema = z.object({ framework: frameworkSchema });

const frameworkFileKind: UserFileKind<ParsedFrameworkFile> = {
  format: frameworkFileFormat,
  versions: [frameworkFileVersion],
  maximumCharacters: maximumFrameworkFileCharacters,
  problems: {
    tooLarge: 'The file is larger than 1 MB, the most a framework file may be.',
    notJson: 'The file is not valid JSON: it may be truncated or not a framework file.',
    otherFormat: () => 'This is not a Scope Journal framework file.',
    otherVersion: (version) =>
      version === undefined
        ? `This framework file does not say which version it is; this version of Scope Journal reads version ${frameworkFileVersion}.`
        : `This framework file is version ${quoted(version)}; this version of Scope Journal reads version ${frameworkFileVersion}.`,
  },
  refuse: (problem) => ({ isValid: false, problem }),
};

/** The framework as a readable, versioned JSON file. */
export function serializeFramework(framework: Framework): string {
  return `${JSON.stringify({ format: frameworkFileFormat, version: frameworkFileVersion, framework }, null, 2)}\n`;
}

/**
 * Checks a framework file before anything is written: size, JSON, format, version, the framework
 * and every competency. The problem names what is wrong and where, in words a user can act on.
 * The framework keeps the id it has in the file (a missing id is made from its name), so a
 * company's own ladder is stored beside the default rather than over it. Text stays data: nothing
 * in the file is run or rendered as HTML here.
 */
export function parseFrameworkFile(text: string, now: Date = new Date()): ParsedFrameworkFile {
  return readUserFile(text, frameworkFileKind, (json) => readFramework(json, now));
}

/** The framework and every competency of a file whose header passed. */
function readFramework(json: unknown, now: Date): ParsedFrameworkFile {
  const file = frameworkFileSchema.safeParse(json, {
    error: () => 'The framework file is damaged: its overall structure is wrong.',
  });
  if (!file.success) {
    return { isValid: false, problem: file.error.issues[0]?.message ?? 'The framework file is damaged.' };
  }
  const { framework } = file.data;
  const competencies: Competency[] = [];
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  for (const [index, raw] of framework.competencies.entries()) {
    const competency = competencySchema.safeParse(raw, { error: () => 'is not valid' });
    if (!competency.success) {
      return { isValid: false, problem: `Competency ${index + 1} ${competency.error.issues[0]?.message ?? 'is not valid'}.` };
    }
    const { id, name } = competency.data;
    if (seenIds.has(id)) return { isValid: false, problem: `Two competencies share the id '${id}'.` };
    const nameKey = name.toLowerCase();
    if (seenNames.has(nameKey)) return { isValid: false, problem: `Two competencies share the name “${quoted(name)}”.` };
    seenIds.add(id);
    seenNames.add(nameKey);
    competencies.push(competency.data);
  }
  return {
    isValid: true,
    framework: {
      id: framework.id ?? kebabCaseId(framework.name, 'imported-framework').slice(0, frameworkLimits.id).replace(/-+$/, ''),
      name: framework.name,
      competencies,
      updatedAt: framework.updatedAt ?? now.toISOString(),
    },
  };
}
