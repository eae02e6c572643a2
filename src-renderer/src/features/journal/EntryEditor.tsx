import { FormProblems } from '../../components/FormProblems';
import { Field } from '../../components/Field';
import { HiddenCharactersWarning } from '../../components/HiddenCharactersWarning';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MarkdownView } from '../../components/MarkdownView';
import { SelectField } from '../../components/SelectField';
import { entryKinds } from '../../domain/entries/entryKinds';
import { newId } from '../../domain/ids';
import { competencyPrompts, entryTemplate } from '../../domain/entries/entryTemplates';
import { scopeLevels } from '../../domain/scopeLevels';
import type { Entry, EntryKind, Framework, ScopeLevelId } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';
import { BodyLengthHint, DraftStatusText } from './DraftStatus';
import { EditConflict } from './EditConflict';
import { draftFromForm, validateForm, type EditorForm } from './editorForm';
import { CompetencyPicker, DecisionFields, FollowUpFields, ImpactFields } from './EditorSections';
import { startEditorDraft, useKeptDraft } from './useEditorDraft';
import { useEditorSave } from './useEditorSave';
import { inboxDraftIdOfEditor } from '../../db/inboxRepository';
import { EntrySuggestions } from './EntrySuggestions';
import { EditorAttachments } from './EditorAttachments';
import { useEditorAttachments } from './useEditorAttachments';

interface EntryEditorProps {
  /** The entry being edited; null for a new one. */
  entry: Entry | null;
  newKind: EntryKind;
  framework: Framework;
  /** Which new-entry draft this editor keeps (each new-entry editor has its own; a fresh one when absent). */
  newDraftId?: string;
}

/**
 * Creates or edits an entry. Every change is kept as a draft at once (see editorDraftStorage), so
 * leaving the screen or reloading loses nothing; Save turns the draft into the entry.
 */
export function EntryEditor({ entry, newKind, framework, newDraftId }: EntryEditorProps) {
  const openPanel = useUiStore((state) => state.openPanel);
  const closePanel = useUiStore((state) => state.closePanel);
  const [draftState] = useState(() => startEditorDraft(entry, newKind, newDraftId ?? newId()));
  const { startForm, isRestored } = draftState;
  const [form, setForm] = useState(startForm);
  const [problems, setProblems] = useState<string[]>([]);
  const [isPreview, setPreview] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const isDirty = isRestored || form !== startForm;
  const draft = useKeptDraft(draftState, form, isDirty);
  const saving = useEditorSave({
    entryId: entry?.id ?? null,
    base: draftState.base,
    baseRevision: draftState.baseRevision,
    inboxDraftId: 'newDraftId' in draftState.target ? inboxDraftIdOfEditor(draftState.target.newDraftId) : null,
    onDone: draft.forget,
  });
  const isSaving = saving.isSaving;
  const attaching = useEditorAttachments(form.attachments, (change) =>
    setForm((current) => ({ ...current, attachments: change(current.attachments) })),
  );
  const alerts = [...problems, ...attaching.problems, ...(saving.failure ? [saving.failure] : [])];

  useEffect(() => titleRef.current?.focus(), []);

  const prompts = useMemo(
    () => [...entryTemplate(form.kind).prompts, ...competencyPrompts(framework, form.competencies)],
    [form.kind, form.competencies, framework],
  );

  function update(changes: Partial<EditorForm>) {
    setForm((current) => ({ ...current, ...changes }));
  }

  function changeKind(kind: EntryKind) {
    // A new entry's untouched template follows the kind; anything the user wrote stays.
    const isUntouchedTemplate = form.body.trim() === '' || form.body === entryTemplate(form.kind).body;
    update(entry === null && isUntouchedTemplate ? { kind, body: entryTemplate(kind).body } : { kind });
  }

  async function save() {
    // Files still being stored would miss the save (Ctrl+S reaches here while Save is disabled).
    if (attaching.isAttaching) return;
    const found = validateForm(form);
    setProblems(found);
    if (found.length > 0) return;
    await saving.save(draftFromForm(form));
  }

  function cancel() {
    if (isDirty && !window.confirm('Discard the changes you made to this entry?')) return;
    draft.forget();
    if (entry) openPanel({ mode: 'view', entryId: entry.id });
    else closePanel();
  }

  return (
    <form
      className={attaching.isDropTarget ? 'entry-editor is-drop-target' : 'entry-editor'}
      aria-label={entry ? `Edit “${entry.title}”` : 'New entry'}
      {...attaching.formHandlers}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          void save();
        }
      }}
    >
      <div className="panel-header">
        <h2>{entry ? 'Edit entry' : 'New entry'}</h2>
        <DraftStatusText status={draft.status} isRestored={isRestored} />
      </div>
      <FormProblems problems={alerts} />
      <Field label="Title" className="field">
        {(id) => (
          <input
            id={id}
            ref={titleRef}
            value={form.title}
            maxLength={300}
            required
            onChange={(event) => update({ title: event.target.value })}
          />
        )}
      </Field>
      <HiddenCharactersWarning text={form.title} onRemove={(title) => update({ title })} />
      <div className="field-row">
        <Field label="Date" className="field">
          {(id) => (
            <input id={id} type="date" value={form.occurredOn} required onChange={(event) => update({ occurredOn: event.target.value })} />
          )}
        </Field>
        <SelectField label="Kind" value={form.kind} onChange={(value) => changeKind(value as EntryKind)}>
          {entryKinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Scope" value={form.scope} onChange={(value) => update({ scope: value as ScopeLevelId })}>
          {scopeLevels.map((level) => (
            <option key={level.id} value={level.id}>
              {level.label}
            </option>
          ))}
        </SelectField>
        <label className="checkbox-label star-toggle">
          <input type="checkbox" checked={form.starred} onChange={(event) => update({ starred: event.target.checked })} />
          <span>Starred</span>
        </label>
      </div>
      <p className="muted field-hint">
        {entryKinds.find((kind) => kind.id === form.kind)?.hint} {scopeLevels.find((level) => level.id === form.scope)?.meaning}
      </p>
      <CompetencyPicker form={form} update={update} framework={framework} />
      <ImpactFields form={form} update={update} />
      <div className="body-field">
        <div className="body-field-header">
          <label htmlFor="entry-body">Body</label>
          <div className="segmented" role="group" aria-label="Body view">
            <button type="button" aria-pressed={!isPreview} onClick={() => setPreview(false)}>
              Write
            </button>
            <button type="button" aria-pressed={isPreview} onClick={() => setPreview(true)}>
              Preview
            </button>
          </div>
        </div>
        {isPreview ? (
          <div className="body-preview" aria-label="Body preview">
            <MarkdownView markdown={form.body} />
          </div>
        ) : (
          <textarea id="entry-body" rows={10} value={form.body} onChange={(event) => update({ body: event.target.value })} />
        )}
        <BodyLengthHint length={form.body.length} />
        <p className="muted field-hint">Markdown: **bold**, _italic_, - lists, &gt; quotes, [links](https://…).</p>
      </div>
      <EditorAttachments
        attachments={form.attachments}
        message={attaching.message}
        isAttaching={attaching.isAttaching}
        onAdd={(files) => void attaching.add(files)}
        onRemove={attaching.remove}
      />
      {/* Below the body, so suggestions that come and go never move the text being typed. */}
      <EntrySuggestions
        form={form}
        framework={framework}
        onAddCompetency={(id) => update({ competencies: [...form.competencies, id] })}
        onUseKind={changeKind}
        onUseScope={(scope) => update({ scope })}
        onUseMetric={(metric) => update({ metricName: metric.name, metricValue: String(metric.value), metricUnit: metric.unit })}
      />
      {prompts.length > 0 && (
        <details className="prompts" open>
          <summary>Prompts</summary>
          <ul>
            {prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </details>
      )}
      {form.kind === 'decision' && <DecisionFields form={form} update={update} />}
      <FollowUpFields form={form} update={update} />
      <div className="field-row">
        <Field label="Tags" className="field">
          {(id) => (
            <input
              id={id}
              value={form.tags}
              placeholder="performance, payments"
              onChange={(event) => update({ tags: event.target.value })}
            />
          )}
        </Field>
        <Field label="People" className="field">
          {(id) => (
            <input
              id={id}
              value={form.people}
              placeholder="Who was involved, comma-separated"
              onChange={(event) => update({ people: event.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Links" className="field">
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={form.links}
            placeholder="One per line: Design doc https://…"
            onChange={(event) => update({ links: event.target.value })}
          />
        )}
      </Field>
      <Field label="AI assistance" className="field">
        {(id) => (
          <input
            id={id}
            value={form.aiAssist}
            placeholder="Where AI tools were used significantly, if at all"
            onChange={(event) => update({ aiAssist: event.target.value })}
          />
        )}
      </Field>
      {/* Beside Save, where the user is looking when the save stops to ask. */}
      {saving.conflict && (
        <EditConflict
          conflict={saving.conflict}
          isSaving={isSaving}
          onSaveMerged={(choices) => void saving.saveMerged(choices)}
          onRestoreWithMine={() => void saving.restoreWithMine()}
          onSaveAsNew={() => void saving.saveAsNew()}
          onKeepTheirs={saving.keepTheirs}
        />
      )}
      <div className="panel-actions">
        <button type="submit" className="primary" disabled={isSaving || attaching.isAttaching} aria-keyshortcuts="Control+S Meta+S">
          Save
        </button>
        <button type="button" onClick={cancel}>
          {isDirty ? 'Discard changes' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
