import { z } from 'zod';
import { emptyDraft } from '../../domain/entries/entryDraft';
import { formFromDraft, type EditorForm } from './editorForm';

/**
 * The open editor's unsaved work, kept so nothing typed is lost on navigation, reload or a crash.
 * It lives in localStorage rather than IndexedDB on purpose: the write is synchronous, so the
 * last keystroke before a reload is already on disk — an asynchronous write could be cut off.
 */
export interface EditorDraft {
  /** The entry being edited, or null for a new one. */
  entryId: string | null;
  form: EditorForm;
  savedAt: string;
}

const storageKey = 'scope-journal:editor-draft';

const storedDraftSchema = z.object({
  entryId: z.string().nullable(),
  form: z.record(z.string(), z.unknown()),
  savedAt: z.string(),
});

export function saveEditorDraft(draft: EditorDraft): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the editor still works, only the safety net is missing.
  }
}

/** The stored draft, or null if there is none or it cannot be read. */
export function readEditorDraft(): EditorDraft | null {
  try {
    const text = localStorage.getItem(storageKey);
    if (!text) return null;
    const parsed = storedDraftSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    // Fields added since the draft was written start empty rather than undefined.
    const form = { ...formFromDraft(emptyDraft()), ...(parsed.data.form as Partial<EditorForm>) };
    return { ...parsed.data, form };
  } catch {
    return null;
  }
}

export function clearEditorDraft(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing to clear.
  }
}
