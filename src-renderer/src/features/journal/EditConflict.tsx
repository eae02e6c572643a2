import { useEffect, useRef, useState } from 'react';
import { draftOf, type FieldChoices } from '../../domain/entries/entryMerge';
import type { EntryDraft } from '../../domain/types';
import { entryFieldLabels, summarizeFieldValue } from './conflictFields';
import type { SaveConflict } from './useEditorSave';

interface EditConflictProps {
  conflict: SaveConflict;
  isSaving: boolean;
  onSaveMerged: (choices: FieldChoices) => void;
  onRestoreWithMine: () => void;
  onSaveAsNew: () => void;
  onKeepTheirs: () => void;
}

/**
 * What the editor shows when a save found the entry changed, trashed or deleted in another window
 * or tab. Nothing has been written; every way out is the user's choice.
 */
export function EditConflict({ conflict, isSaving, onSaveMerged, onRestoreWithMine, onSaveAsNew, onKeepTheirs }: EditConflictProps) {
  const title = conflict.kind === 'missing' ? conflict.mine.title : conflict.current.title;
  const region = useRef<HTMLElement>(null);
  // The save stopped to ask: bring the question into view and to the keyboard's attention.
  useEffect(() => {
    region.current?.scrollIntoView({ block: 'nearest' });
    region.current?.focus();
  }, [conflict]);
  return (
    <section
      ref={region}
      tabIndex={-1}
      className="edit-conflict"
      role="alertdialog"
      aria-labelledby="edit-conflict-heading"
      aria-describedby="edit-conflict-text"
    >
      {conflict.kind === 'changed' ? (
        <FieldByField conflict={conflict} isSaving={isSaving} onSaveMerged={onSaveMerged} onKeepTheirs={onKeepTheirs} />
      ) : (
        <>
          <h3 id="edit-conflict-heading">
            {conflict.kind === 'trashed' ? 'This entry was moved to the trash elsewhere' : 'This entry was deleted elsewhere'}
          </h3>
          <p id="edit-conflict-text">
            “<bdi>{title}</bdi>
            {conflict.kind === 'trashed'
              ? '” was moved to the trash in another window while you were editing it. Nothing has been saved yet.'
              : '” was deleted forever in another window while you were editing it. Your changes are still here.'}
          </p>
          <div className="panel-actions">
            {conflict.kind === 'trashed' && (
              <button type="button" className="primary" disabled={isSaving} onClick={onRestoreWithMine}>
                Restore it with my changes
              </button>
            )}
            <button type="button" className={conflict.kind === 'missing' ? 'primary' : undefined} disabled={isSaving} onClick={onSaveAsNew}>
              Save as a new entry
            </button>
            <button type="button" disabled={isSaving} onClick={onKeepTheirs}>
              Discard my changes
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function FieldByField({
  conflict,
  isSaving,
  onSaveMerged,
  onKeepTheirs,
}: {
  conflict: Extract<SaveConflict, { kind: 'changed' }>;
  isSaving: boolean;
  onSaveMerged: (choices: FieldChoices) => void;
  onKeepTheirs: () => void;
}) {
  const [choices, setChoices] = useState<FieldChoices>(conflict.merge.choices);
  const theirs = draftOf(conflict.current);
  const fields = Object.keys(conflict.merge.choices) as (keyof EntryDraft)[];
  const allMine = Object.fromEntries(fields.map((field) => [field, 'mine'])) as FieldChoices;
  return (
    <>
      <h3 id="edit-conflict-heading">This entry changed elsewhere</h3>
      <p id="edit-conflict-text">
        “<bdi>{conflict.current.title}</bdi>” was changed after you opened it, in another window or from the journal list. Nothing has been
        saved yet. Choose which version of each field to keep
        {conflict.merge.conflicts.length > 0 ? '; fields both of you changed are marked' : ''}.
      </p>
      {fields.map((field) => (
        <fieldset key={field} className="conflict-field">
          <legend>
            {entryFieldLabels[field]}
            {conflict.merge.conflicts.includes(field) && <span className="muted"> (changed in both)</span>}
          </legend>
          {(['mine', 'theirs'] as const).map((side) => (
            <label key={side} className="conflict-choice">
              <input
                type="radio"
                name={`conflict-${field}`}
                checked={choices[field] === side}
                onChange={() => setChoices((current) => ({ ...current, [field]: side }))}
              />
              <span>{side === 'mine' ? 'Keep mine' : 'Keep theirs'}</span>
              <span className="conflict-value">{summarizeFieldValue(side === 'mine' ? conflict.mine[field] : theirs[field])}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="panel-actions">
        <button type="button" className="primary" disabled={isSaving} onClick={() => onSaveMerged(choices)}>
          Save merged
        </button>
        <button type="button" disabled={isSaving} onClick={() => onSaveMerged(allMine)}>
          Keep my version
        </button>
        <button type="button" disabled={isSaving} onClick={onKeepTheirs}>
          Keep their version
        </button>
      </div>
    </>
  );
}
