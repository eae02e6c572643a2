import type { FormHTMLAttributes, ReactNode } from 'react';
import type { EntryDraft } from '../../domain/types';

/**
 * Where files come into quick capture: the attachments feature provides this (an image pasted into
 * the capture form, a file dropped on it), and `QuickCaptureForm` takes it as its `attachments`
 * prop. Without it the form takes text alone. Kept to plain React and entry types, so quick capture
 * depends on nothing of how attachments are stored. The typed text is kept for the next capture
 * window (captureDraft.ts); keeping what is attached across windows is the provider's to decide.
 */
export interface CaptureAttachments {
  /** Spread on the capture form: a paste of an image (or a drop of a file) anywhere in it attaches it. */
  formHandlers: Pick<FormHTMLAttributes<HTMLFormElement>, 'onPaste' | 'onDrop' | 'onDragOver' | 'onDragLeave'>;
  /** What is attached so far, shown under Body (with a way to remove each). */
  view: ReactNode;
  /** Problems to show in the form's alert. */
  problems: readonly string[];
  /** The entry about to be saved, with what is attached added to it. */
  addTo(draft: EntryDraft): EntryDraft;
  /** Forgets what is attached: the capture was saved or discarded. */
  clear(): void;
}
