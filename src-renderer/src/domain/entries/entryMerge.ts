import type { Entry, EntryDraft } from '../types';
import { emptyDraft } from './entryDraft';

/*
 * Edits of one entry made in two places (two windows, two tabs) meet here. Each editor remembers
 * the entry as it was when it opened (its base); at save, what it changed and what the other place
 * changed since are compared field by field, as a three-way merge does.
 */

/**
 * The fields a user edits, in the editor's order: everything else is the repository's. Attachments
 * are optional on an entry (absent when it has none), so they are named here rather than in `emptyDraft`.
 */
export const editableEntryFields = [...(Object.keys(emptyDraft('win', '2000-01-01')) as (keyof EntryDraft)[]), 'attachments'] as const;

/**
 * The editable fields of `entry`, and nothing else (never its id, timestamps, trash state or
 * source). Attachments always come out as a list, empty when the entry has none, so an entry
 * without the field and one with an empty list compare the same.
 */
export function draftOf(entry: EntryDraft): EntryDraft {
  const draft: Partial<Record<keyof EntryDraft, unknown>> = {};
  for (const field of editableEntryFields) draft[field] = entry[field];
  draft.attachments = entry.attachments ?? [];
  // Every editable field was just copied from a value of that same field.
  return draft as EntryDraft;
}

/** Whether two values of a field are the same (fields hold text, numbers, lists and small objects). */
export function isSameFieldValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/** The editable fields whose values differ between `left` and `right`. */
export function differingFields(left: EntryDraft, right: EntryDraft): (keyof EntryDraft)[] {
  return editableEntryFields.filter((field) => !isSameFieldValue(left[field], right[field]));
}

/** Which side each differing field is taken from. */
export type FieldChoices = Partial<Record<keyof EntryDraft, 'mine' | 'theirs'>>;

/** The outcome of merging my edits with the entry as it now stands. */
export interface EditMerge {
  /** The fields where mine and theirs differ, each with the side a three-way merge suggests. */
  choices: FieldChoices;
  /** The fields both sides changed, differently: the user has to choose. */
  conflicts: (keyof EntryDraft)[];
}

/**
 * Merges `mine` (what this editor would save) with `theirs` (the entry now) over `base` (the entry
 * when this editor opened): a field only one side changed takes that side; a field both changed,
 * differently, is a conflict and suggests mine.
 */
export function mergeEdits(base: EntryDraft, mine: EntryDraft, theirs: EntryDraft): EditMerge {
  // Each side's attachments as a list, so "none" reads the same however a side came to say it.
  const [was, mineNow, theirsNow] = [draftOf(base), draftOf(mine), draftOf(theirs)];
  const choices: FieldChoices = {};
  const conflicts: (keyof EntryDraft)[] = [];
  for (const field of differingFields(mineNow, theirsNow)) {
    const isMineChanged = !isSameFieldValue(was[field], mineNow[field]);
    const isTheirsChanged = !isSameFieldValue(was[field], theirsNow[field]);
    choices[field] = isTheirsChanged && !isMineChanged ? 'theirs' : 'mine';
    if (isMineChanged && isTheirsChanged) conflicts.push(field);
  }
  return { choices, conflicts };
}

/** `mine` with each field chosen as 'theirs' taken from `theirs`. */
export function applyChoices(mine: EntryDraft, theirs: EntryDraft, choices: FieldChoices): EntryDraft {
  const merged = { ...mine };
  for (const field of editableEntryFields) {
    if (choices[field] === 'theirs') Object.assign(merged, { [field]: theirs[field] });
  }
  return merged;
}

/** The entry's revision: what a save checks to know nobody else changed it in between. */
export function entryRevision(entry: Pick<Entry, 'updatedAt'>): string {
  return entry.updatedAt;
}
