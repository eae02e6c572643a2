import { entryLimits } from '../../domain/entries/entrySchema';
import type { DraftStatus } from './useEditorDraft';

/** Says whether the editor's unsaved work is kept, and only when it really is. */
export function DraftStatusText({ status, isRestored }: { status: DraftStatus; isRestored: boolean }) {
  if (status === 'not-kept') {
    return (
      <span className="draft-status draft-status-problem" role="alert">
        Draft not kept: this computer’s storage for drafts is full. Save the entry to keep your changes.
      </span>
    );
  }
  const text = isRestored && status !== 'pending' ? 'Unsaved changes restored' : status === 'kept' ? 'Draft kept' : '';
  return (
    <span className="muted draft-status" aria-live="polite">
      {text}
    </span>
  );
}

/** From this share of the limit on, the body shows how much room is left. */
const bodyLengthWarningShare = 0.9;

/** How many characters the body has left, shown only near its limit. */
export function BodyLengthHint({ length }: { length: number }) {
  if (length < entryLimits.body * bodyLengthWarningShare) return null;
  const left = entryLimits.body - length;
  return (
    <p className={left < 0 ? 'field-hint body-length-over' : 'muted field-hint'} aria-live="polite">
      {left < 0
        ? `${(-left).toLocaleString('en-US')} characters over the limit of ${entryLimits.body.toLocaleString('en-US')}: shorten the body to save.`
        : `${left.toLocaleString('en-US')} characters left.`}
    </p>
  );
}
