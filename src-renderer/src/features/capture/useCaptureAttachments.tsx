import { useState } from 'react';
import type { AttachmentRef } from '../../domain/types';
import { EditorAttachments } from '../journal/EditorAttachments';
import { useEditorAttachments } from '../journal/useEditorAttachments';
import type { CaptureAttachments } from './captureAttachments';

/**
 * Quick capture's files: an image pasted into the capture form, or a file dropped on it or chosen
 * with Attach file…, checked and stored exactly as the journal's editor does (`addAttachmentFiles`).
 * The files are in the attachments table from the moment they are added; an unsaved capture's files
 * are spared by the clean-up for a day (`attachmentGracePeriodMs`), and freed after that.
 */
export function useCaptureAttachments(): CaptureAttachments {
  const [attachments, setAttachments] = useState<AttachmentRef[]>([]);
  const files = useEditorAttachments(attachments, (change) => setAttachments(change));
  return {
    formHandlers: files.formHandlers,
    view: (
      <EditorAttachments
        attachments={attachments}
        message={files.message}
        isAttaching={files.isAttaching}
        onAdd={(added) => void files.add(added)}
        onRemove={files.remove}
      />
    ),
    problems: files.problems,
    addTo: (draft) => (attachments.length === 0 ? draft : { ...draft, attachments: [...(draft.attachments ?? []), ...attachments] }),
    clear: () => setAttachments([]),
  };
}
