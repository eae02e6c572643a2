import { z } from 'zod';
import { emptyDraft } from '../../domain/entries/entryDraft';
import { entryKindIds } from '../../domain/entries/entryKinds';
import { entryLimits } from '../../domain/entries/entrySchema';
import { scopeLevelIds } from '../../domain/scopeLevels';
import type { EntryDraft, EntryKind, ScopeLevelId } from '../../domain/types';

/*
 * What the quick-capture form holds, and its keeping: everything typed is kept in localStorage as
 * it is typed (a synchronous write, so it is there even if the window is closed at once), under a
 * key of its own, apart from the journal editor's drafts, so the main window never opens it as one
 * of them. The next capture window brings it back; Save or Discard forgets it.
 */

/** The capture form's fields. */
export interface CaptureFields {
  title: string;
  kind: EntryKind;
  scope: ScopeLevelId;
  body: string;
}

const captureDraftKey = 'scope-journal:quick-capture-draft';

const captureFieldsSchema = z.strictObject({
  title: z.string().max(entryLimits.title * 2),
  kind: z.enum(entryKindIds as [EntryKind, ...EntryKind[]]),
  scope: z.enum(scopeLevelIds as [ScopeLevelId, ...ScopeLevelId[]]),
  body: z.string().max(entryLimits.body),
});

/** An empty capture: a win at team scope, as a new entry starts. */
export function emptyCaptureFields(): CaptureFields {
  const { kind, scope } = emptyDraft();
  return { title: '', kind, scope, body: '' };
}

/** True when nothing was typed (a kind or scope chosen alone is not worth keeping). */
export function isCaptureEmpty(fields: CaptureFields): boolean {
  return fields.title.trim() === '' && fields.body.trim() === '';
}

/** Problems that stop a save, each naming its field; empty when the capture can be saved. */
export function captureProblems(fields: CaptureFields): string[] {
  const problems: string[] = [];
  if (fields.title.trim() === '') problems.push('Title: give the entry a title.');
  if (fields.title.length > entryLimits.title) problems.push(`Title: keep it under ${entryLimits.title} characters.`);
  if (fields.body.length > entryLimits.body) problems.push('Body: this is too long for one entry.');
  return problems;
}

/** The capture as a new entry's fields, dated `today`; the rest is left as a new entry starts. */
export function entryDraftOfCapture(fields: CaptureFields, today: string): EntryDraft {
  return { ...emptyDraft(fields.kind, today), title: fields.title.trim(), body: fields.body, scope: fields.scope };
}

/**
 * Keeps `fields` for the next capture window, or forgets them when nothing was typed. False when
 * storage is full or unavailable: then nothing may claim they were kept.
 */
export function keepCaptureDraft(fields: CaptureFields): boolean {
  try {
    if (isCaptureEmpty(fields)) localStorage.removeItem(captureDraftKey);
    else localStorage.setItem(captureDraftKey, JSON.stringify(fields));
    return true;
  } catch {
    return false;
  }
}

/** The capture kept by an earlier window, or null when there is none (or it cannot be read). */
export function readCaptureDraft(): CaptureFields | null {
  try {
    const text = localStorage.getItem(captureDraftKey);
    if (text === null) return null;
    const parsed = captureFieldsSchema.safeParse(JSON.parse(text));
    return parsed.success && !isCaptureEmpty(parsed.data) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the kept capture: it was saved or discarded. */
export function clearCaptureDraft(): void {
  try {
    localStorage.removeItem(captureDraftKey);
  } catch {
    // Nothing to forget.
  }
}
