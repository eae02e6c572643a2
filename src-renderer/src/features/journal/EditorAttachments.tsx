import { useRef } from 'react';
import { describeBytes, maximumAttachmentBytes } from '../../domain/attachments/attachmentChecks';
import { attachableAccept } from '../../domain/attachments/fileKinds';
import type { AttachmentRef } from '../../domain/types';
import { AttachmentTiles } from '../attachments/AttachmentTiles';

/**
 * The editor's Attachments area: what is attached (each with Remove), Attach file… (the system's
 * file chooser, offering only what can be attached), and what just happened.
 */
export function EditorAttachments({
  attachments,
  message,
  isAttaching,
  onAdd,
  onRemove,
}: {
  attachments: readonly AttachmentRef[];
  message: string;
  isAttaching: boolean;
  onAdd: (files: File[]) => void;
  onRemove: (attachment: AttachmentRef) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="editor-attachments" aria-labelledby="editor-attachments-heading">
      <div className="editor-attachments-header">
        <h3 id="editor-attachments-heading">Attachments</h3>
        <button type="button" disabled={isAttaching} onClick={() => input.current?.click()}>
          Attach file…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={attachableAccept}
          aria-label="Attach file"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared, so choosing the same file again is a change too.
            event.target.value = '';
            onAdd(files);
          }}
        />
      </div>
      <p className="muted field-hint">
        Images (PNG, JPEG, WebP, GIF) and PDFs up to {describeBytes(maximumAttachmentBytes)}: attach, drop them on the editor, or paste a
        screenshot.
      </p>
      <AttachmentTiles attachments={attachments} label="Attached files" onRemove={onRemove} />
      <p className="muted" role="status">
        {message}
      </p>
    </section>
  );
}
