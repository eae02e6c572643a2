import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { entryLimits } from '../../domain/entries/entrySchema';
import { counted } from '../../domain/counted';
import type { AttachmentRef } from '../../domain/types';
import { addAttachmentFiles } from '../attachments/addAttachmentFiles';

/** Changes the form's attachments from what they are at that moment (files are stored in between). */
export type ChangeAttachments = (change: (current: AttachmentRef[]) => AttachmentRef[]) => void;

/** Whether a drag carries files (not text or a link being moved within the page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * The editor's ways in for files: Attach file…, a drop anywhere on the editor, and a paste of an
 * image. A paste that holds text is left to the browser (a copy from a word processor carries a
 * picture of the text beside the text itself: the text is what was meant). Problems are shown in
 * the editor's own alert; `message` says what was attached.
 */
export function useEditorAttachments(attachments: readonly AttachmentRef[], change: ChangeAttachments) {
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [isAttaching, setAttaching] = useState(false);
  const [isDropTarget, setDropTarget] = useState(false);

  async function add(files: readonly File[], isPasted = false) {
    if (files.length === 0) return;
    setProblems([]);
    if (attachments.length + files.length > entryLimits.listItems) {
      setProblems([`An entry can hold at most ${entryLimits.listItems} attachments: remove some first. Nothing was attached.`]);
      return;
    }
    setAttaching(true);
    setMessage(`Attaching ${counted(files.length, 'file', 'files')}…`);
    const result = await addAttachmentFiles(files, { isPasted });
    setAttaching(false);
    if (!result.ok) {
      setMessage('');
      setProblems(result.problems);
      return;
    }
    change((current) => [...current, ...result.attachments.filter((added) => !current.some((kept) => kept.hash === added.hash))]);
    const names = result.attachments.map((attachment) => `“${attachment.fileName}”`).join(', ');
    setMessage(`Attached ${names}. Save the entry to keep ${result.attachments.length === 1 ? 'it' : 'them'}.`);
  }

  return {
    problems,
    message,
    isAttaching,
    isDropTarget,
    add,
    remove: (removed: AttachmentRef) => {
      change((current) => current.filter((attachment) => attachment.hash !== removed.hash));
      setProblems([]);
      setMessage(`Removed “${removed.fileName}”.`);
    },
    /** Handlers for the editor's form: drop files onto it, or paste an image into any field. */
    formHandlers: {
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDropTarget(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(false);
      },
      onDrop: (event: DragEvent) => {
        setDropTarget(false);
        if (!carriesFiles(event)) return;
        // Never let the browser open the file in place of the app.
        event.preventDefault();
        void add([...event.dataTransfer.files]);
      },
      onPaste: (event: ClipboardEvent) => {
        const files = [...event.clipboardData.files];
        if (files.length === 0 || event.clipboardData.getData('text/plain') !== '') return;
        event.preventDefault();
        void add(files, true);
      },
    },
  };
}
