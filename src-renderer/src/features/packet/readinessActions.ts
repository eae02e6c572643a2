import { emptyDraft } from '../../domain/entries/entryDraft';
import { entryTemplate } from '../../domain/entries/entryTemplates';
import { newId } from '../../domain/ids';
import type { CompetencyReadiness } from '../../domain/packet/readiness';
import type { EntryDraft } from '../../domain/types';
import { navigateTo } from '../../hooks/useHashRoute';
import { useUiStore } from '../../store/uiStore';
import { saveEditorDraft } from '../journal/editorDraftStorage';
import { formFromDraft } from '../journal/editorForm';

/**
 * A new entry that answers a thin or missing competency, dated `today` (`YYYY-MM-DD`): the
 * competency ticked, and its first prompt quoted at the top of the kind's template. It is a
 * feedback entry when feedback from others is all the competency lacks, a win otherwise.
 */
export function readinessEntryDraft(readiness: CompetencyReadiness, today: string): EntryDraft {
  const { competency, shortfalls } = readiness;
  const kind = shortfalls.length === 1 && shortfalls[0] === 'feedback' ? 'feedback' : 'win';
  const prompt = competency.prompts[0]?.trim();
  const template = entryTemplate(kind).body;
  return {
    ...emptyDraft(kind, today),
    body: prompt ? `> ${prompt}\n\n${template}` : template,
    competencies: [competency.id],
  };
}

/**
 * Opens the journal's new-entry editor on `draft`, kept as the editor's unsaved work the way the
 * Inbox's "Edit" does. Returns false, and opens nothing, when the browser's storage refuses it.
 */
export function openNewEntry(draft: EntryDraft): boolean {
  const draftId = newId();
  const isKept = saveEditorDraft({
    target: { newDraftId: draftId },
    form: formFromDraft(draft),
    base: null,
    baseRevision: null,
    savedAt: new Date().toISOString(),
  });
  if (!isKept) return false;
  useUiStore.getState().openPanel({ mode: 'new', kind: draft.kind, draftId });
  navigateTo('journal');
  return true;
}
