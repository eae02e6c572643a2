import { entryKindIds } from '../entries/entryKinds';
import { entryTemplate } from '../entries/entryTemplates';
import type { EntryKind, ScopeLevelId } from '../types';

/** The fields of an entry the coach reads, from a saved entry or from the editor as typed. */
export interface CoachFields {
  title: string;
  body: string;
  impact: string;
  tags: readonly string[];
}

/** A tagged entry the coach learns from: its words and the labels the user gave it. */
export interface CoachExample extends CoachFields {
  id: string;
  kind: EntryKind;
  scope: ScopeLevelId;
  competencies: readonly string[];
}

let templateLines: ReadonlySet<string> | null = null;

/** Every line of every kind's template (its headings and hint lines), trimmed. */
function allTemplateLines(): ReadonlySet<string> {
  templateLines ??= new Set(
    entryKindIds.flatMap((kind) =>
      entryTemplate(kind)
        .body.split('\n')
        .map((line) => line.replace(/^#+\s*/, '').trim())
        .filter(Boolean),
    ),
  );
  return templateLines;
}

/**
 * A body without the lines of the kinds' templates: a new entry starts with one, and its hints
 * ("What shipped, got fixed or got better?") are the app's words, not evidence of anything.
 */
export function withoutTemplateLines(body: string): string {
  const lines = allTemplateLines();
  return body
    .split('\n')
    .filter((line) => !lines.has(line.replace(/^#+\s*/, '').trim()))
    .join('\n');
}

/**
 * The text the coach reads for an entry. The title and the tags are written twice: they are the
 * user's own summary of what the entry is about, and count for more than a sentence of the body.
 */
export function coachText(fields: CoachFields): string {
  const tags = fields.tags.join(' ');
  return [fields.title, fields.title, withoutTemplateLines(fields.body), fields.impact, tags, tags].join('\n');
}
