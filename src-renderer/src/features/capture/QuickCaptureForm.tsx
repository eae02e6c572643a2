import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Field } from '../../components/Field';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { createEntry } from '../../db/entriesRepository';
import { db } from '../../db/database';
import { todayLocalDate } from '../../domain/dates';
import { entryKinds, isEntryKind } from '../../domain/entries/entryKinds';
import { isScopeLevelId, scopeLevels } from '../../domain/scopeLevels';
import type { CaptureAttachments } from './captureAttachments';
import {
  captureProblems,
  clearCaptureDraft,
  emptyCaptureFields,
  entryDraftOfCapture,
  keepCaptureDraft,
  readCaptureDraft,
  type CaptureFields,
} from './captureDraft';

interface QuickCaptureFormProps {
  /** Called once an entry is saved (the window then closes itself). */
  onSaved: () => void;
  /** Closes the capture window; what was typed is kept for the next one. */
  onClose: () => void;
  /** Image paste and the attached files' list, from the attachments feature; text alone without it. */
  attachments?: CaptureAttachments;
  /** How the keys are written: `⌘` on macOS, `Ctrl` elsewhere. */
  isMac: boolean;
}

/**
 * The quick-capture form: Title, Kind, Scope and Body, saved as a new entry dated today through
 * the journal's own repository, so every window's journal shows it at once (the change feed).
 * Ctrl/⌘+Enter (or Ctrl/⌘+S) saves from any field; Escape closes. Everything typed is kept as it
 * is typed, and brought back by the next capture window until it is saved or discarded.
 */
export function QuickCaptureForm({ onSaved, onClose, attachments, isMac }: QuickCaptureFormProps) {
  const [restored] = useState(readCaptureDraft);
  const [fields, setFields] = useState<CaptureFields>(() => restored ?? emptyCaptureFields());
  const [isRestored, setRestored] = useState(restored !== null);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [isSaving, setSaving] = useState(false);
  const [isKept, setKept] = useState(true);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => titleRef.current?.focus(), []);

  /** Every keystroke is kept at once, so closing the window any way loses nothing. */
  const change = (patch: Partial<CaptureFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    setKept(keepCaptureDraft(next));
    setStatus('');
  };

  async function save() {
    if (isSaving) return;
    const found = captureProblems(fields);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    try {
      const draft = entryDraftOfCapture(fields, todayLocalDate());
      const entry = await createEntry(db, attachments ? attachments.addTo(draft) : draft);
      clearCaptureDraft();
      attachments?.clear();
      setFields(emptyCaptureFields());
      setRestored(false);
      setStatus(`Saved “${entry.title}” to the journal.`);
      titleRef.current?.focus();
      onSaved();
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setSaving(false);
    }
  }

  function discard() {
    clearCaptureDraft();
    attachments?.clear();
    setFields(emptyCaptureFields());
    setRestored(false);
    setProblems([]);
    setStatus('Discarded what was typed.');
    titleRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const hasCommandKey = event.ctrlKey || event.metaKey;
    if (hasCommandKey && !event.altKey && (event.key === 'Enter' || event.key.toLowerCase() === 's')) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  }

  const saveKeys = isMac ? '⌘↩' : 'Ctrl+Enter';
  const alerts = [
    ...problems,
    ...(attachments?.problems ?? []),
    ...(isKept ? [] : ['This window cannot keep what you type: save it now.']),
  ];
  return (
    <form
      className="capture-form"
      aria-labelledby="capture-heading"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      {...attachments?.formHandlers}
    >
      <h1 id="capture-heading">Quick capture</h1>
      {isRestored && (
        <div className="capture-restored">
          <p>Brought back what you typed last time.</p>
          <button type="button" onClick={discard}>
            Discard it
          </button>
        </div>
      )}
      <Field label="Title">
        {(id) => (
          <input
            id={id}
            ref={titleRef}
            value={fields.title}
            autoComplete="off"
            onChange={(event) => change({ title: event.target.value })}
          />
        )}
      </Field>
      <div className="field-row">
        <SelectField label="Kind" value={fields.kind} onChange={(value) => isEntryKind(value) && change({ kind: value })}>
          {entryKinds.map((kind) => (
            <option key={kind.id} value={kind.id}>
              {kind.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Scope" value={fields.scope} onChange={(value) => isScopeLevelId(value) && change({ scope: value })}>
          {scopeLevels.map((level) => (
            <option key={level.id} value={level.id}>
              {level.label}
            </option>
          ))}
        </SelectField>
      </div>
      <Field label="Body" className="field capture-body">
        {(id) => <textarea id={id} rows={5} value={fields.body} onChange={(event) => change({ body: event.target.value })} />}
      </Field>
      {attachments?.view}
      <FormProblems problems={alerts} />
      <div className="capture-actions">
        <p className="muted">
          Dated today; add the rest later in the journal. <kbd>{saveKeys}</kbd> saves, <kbd>Esc</kbd> closes and keeps what you typed.
        </p>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="primary" disabled={isSaving} aria-keyshortcuts="Control+Enter Meta+Enter">
          Save
        </button>
      </div>
      <p role="status" className="capture-status">
        {status}
      </p>
    </form>
  );
}
