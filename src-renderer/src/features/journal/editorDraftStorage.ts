import { z } from 'zod';
import { emptyDraft } from '../../domain/entries/entryDraft';
import { draftOf } from '../../domain/entries/entryMerge';
import { attachmentRefSchema } from '../../domain/entries/entrySchema';
import type { AttachmentRef, EntryDraft } from '../../domain/types';
import { formFromDraft, type EditorForm } from './editorForm';

/*
 * The open editors' unsaved work, kept so nothing typed is lost on navigation, reload or a crash.
 * One draft per entry (and one per new entry), so two windows or tabs editing different entries
 * never overwrite each other's drafts. Drafts live in localStorage rather than IndexedDB on
 * purpose: the write is synchronous, so a draft flushed as the page hides is on disk before it
 * goes. Which draft this tab has open is kept in sessionStorage, which a reload keeps and other
 * tabs do not share.
 */

/** Which draft: the edit of an entry, or a new entry (each new-entry editor has an id of its own). */
export type DraftTarget = { entryId: string } | { newDraftId: string };

export interface EditorDraft {
  target: DraftTarget;
  form: EditorForm;
  /** The entry as it was when the editor opened (null for a new entry): what a save merges over. */
  base: EntryDraft | null;
  /** The entry's revision when the editor opened (null for a new entry). */
  baseRevision: string | null;
  savedAt: string;
}

const draftKeyPrefix = 'scope-journal:editor-draft:';
/** The one draft slot of earlier versions: still read, so a draft kept by them is not lost. */
const legacyDraftKey = 'scope-journal:editor-draft';
const openDraftKey = 'scope-journal:open-editor-draft';

const storedDraftSchema = z.object({
  target: z.union([z.strictObject({ entryId: z.string().min(1) }), z.strictObject({ newDraftId: z.string().min(1) })]),
  form: z.record(z.string(), z.unknown()),
  base: z.record(z.string(), z.unknown()).nullable().default(null),
  baseRevision: z.string().nullable().default(null),
  savedAt: z.string(),
});

/** A draft's attachments, kept only when every one is well formed (a damaged list is dropped, not half kept). */
const keptAttachmentsSchema = z.array(attachmentRefSchema).catch([]);

const legacyDraftSchema = z.object({ entryId: z.string().nullable(), form: z.record(z.string(), z.unknown()), savedAt: z.string() });

/** The storage key of a draft. */
export function draftKey(target: DraftTarget): string {
  return 'entryId' in target ? `${draftKeyPrefix}entry:${target.entryId}` : `${draftKeyPrefix}new:${target.newDraftId}`;
}

/**
 * Keeps `draft`, and remembers that this tab has it open. Returns false when it could not be
 * stored (storage full or unavailable): then nothing may claim the draft was kept.
 */
export function saveEditorDraft(draft: EditorDraft): boolean {
  try {
    localStorage.setItem(draftKey(draft.target), JSON.stringify(draft));
    sessionStorage.setItem(openDraftKey, draftKey(draft.target));
    return true;
  } catch {
    return false;
  }
}

/** The stored draft for `target`, or null if there is none or it cannot be read. */
export function readEditorDraft(target: DraftTarget): EditorDraft | null {
  return readStoredDraft(draftKey(target));
}

/**
 * The draft to bring back when the journal opens: the one this tab had open before a reload, or
 * else the most recently kept one (the app was closed or crashed with unsaved work).
 */
export function draftToRestore(): EditorDraft | null {
  migrateLegacyDraft();
  const open = readSession(openDraftKey);
  const opened = open === null ? null : readStoredDraft(open);
  if (opened) return opened;
  let newest: EditorDraft | null = null;
  for (const key of storedDraftKeys()) {
    const draft = readStoredDraft(key);
    if (draft && (newest === null || draft.savedAt > newest.savedAt)) newest = draft;
  }
  return newest;
}

/**
 * The hashes of every file a kept draft refers to, in any tab or window (they share localStorage):
 * the clean-up of deleted entries' files leaves these, so an unsaved attachment is never lost.
 */
export function attachmentHashesInKeptDrafts(): Set<string> {
  const hashes = new Set<string>();
  const add = (attachments: readonly AttachmentRef[] | undefined) => attachments?.forEach((attachment) => hashes.add(attachment.hash));
  for (const key of storedDraftKeys()) {
    const draft = readStoredDraft(key);
    add(draft?.form.attachments);
    add(draft?.base?.attachments);
  }
  return hashes;
}

/** Forgets the draft for `target`: it was saved, discarded or restored elsewhere. */
export function clearEditorDraft(target: DraftTarget): void {
  try {
    localStorage.removeItem(draftKey(target));
    if (readSession(openDraftKey) === draftKey(target)) sessionStorage.removeItem(openDraftKey);
  } catch {
    // Nothing to clear.
  }
}

function readStoredDraft(key: string): EditorDraft | null {
  try {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const parsed = storedDraftSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    // Fields added since the draft was written start empty rather than undefined.
    const form = { ...formFromDraft(emptyDraft()), ...(parsed.data.form as Partial<EditorForm>) };
    form.attachments = keptAttachmentsSchema.parse(parsed.data.form.attachments ?? []);
    const base = parsed.data.base === null ? null : draftOf({ ...emptyDraft(), ...(parsed.data.base as Partial<EntryDraft>) });
    if (base !== null) base.attachments = keptAttachmentsSchema.parse(base.attachments);
    return { ...parsed.data, form, base };
  } catch {
    return null;
  }
}

function storedDraftKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(draftKeyPrefix));
  } catch {
    return [];
  }
}

function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Moves a draft from the single slot of earlier versions to its own key, once. */
function migrateLegacyDraft(): void {
  try {
    const text = localStorage.getItem(legacyDraftKey);
    if (text === null) return;
    const parsed = legacyDraftSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { entryId, form, savedAt } = parsed.data;
      const target: DraftTarget = entryId === null ? { newDraftId: 'restored' } : { entryId };
      localStorage.setItem(draftKey(target), JSON.stringify({ target, form, base: null, baseRevision: null, savedAt }));
    }
    localStorage.removeItem(legacyDraftKey);
  } catch {
    // Unreadable or storage unavailable: the old draft stays where it is.
  }
}
