import { useState } from 'react';
import { describeBytes } from '../../domain/attachments/attachmentChecks';
import { describedNumber } from '../../domain/counted';
import type { AttachmentRef, StoredAttachment } from '../../domain/types';
import { AttachmentViewer } from './AttachmentViewer';
import { BlobImage } from './BlobImage';
import { useStoredAttachments } from './useStoredAttachments';

/** "PDF · 84 KB", "PNG · 1,280 × 720 · 312 KB": what a tile says under the file's name. */
function detailsOf(attachment: AttachmentRef): string {
  const kind = attachment.mediaType === 'application/pdf' ? 'PDF' : attachment.mediaType.replace('image/', '').toUpperCase();
  const pixels =
    attachment.width !== undefined && attachment.height !== undefined
      ? ` · ${describedNumber(attachment.width)} × ${describedNumber(attachment.height)}`
      : '';
  return `${kind}${pixels} · ${describeBytes(attachment.byteSize)}`;
}

function Tile({
  attachment,
  stored,
  onOpen,
  onRemove,
}: {
  attachment: AttachmentRef;
  stored: StoredAttachment | null | undefined;
  onOpen: () => void;
  onRemove?: () => void;
}) {
  const isMissing = stored === null;
  return (
    <li className="attachment-tile">
      {isMissing ? (
        <span className="attachment-preview attachment-missing">Not on this computer</span>
      ) : (
        <button type="button" className="attachment-preview" aria-label={`Open ${attachment.fileName}`} onClick={onOpen}>
          {stored?.thumbnail ? (
            <BlobImage blob={stored.thumbnail} alt="" />
          ) : (
            <span className="attachment-icon" aria-hidden="true">
              {attachment.mediaType === 'application/pdf' ? 'PDF' : '…'}
            </span>
          )}
        </button>
      )}
      <span className="attachment-name" title={attachment.fileName}>
        <bdi>{attachment.fileName}</bdi>
      </span>
      <span className="attachment-details">{detailsOf(attachment)}</span>
      {onRemove && (
        <button type="button" className="attachment-remove" aria-label={`Remove ${attachment.fileName}`} onClick={onRemove}>
          Remove
        </button>
      )}
    </li>
  );
}

/**
 * An entry's attachments as tiles: an image's thumbnail, or a PDF's tile with its name and size.
 * Each opens in the viewer; in the editor each can be removed. A file this computer does not have
 * (an entry restored from a backup, which holds references only) says so instead of opening.
 */
export function AttachmentTiles({
  attachments,
  label,
  onRemove,
}: {
  attachments: readonly AttachmentRef[];
  /** The list's accessible name. */
  label: string;
  onRemove?: (attachment: AttachmentRef) => void;
}) {
  const stored = useStoredAttachments(attachments);
  const [open, setOpen] = useState<AttachmentRef | null>(null);
  if (attachments.length === 0) return null;
  return (
    <>
      <ul className="attachment-tiles" aria-label={label}>
        {attachments.map((attachment) => (
          <Tile
            key={attachment.hash}
            attachment={attachment}
            stored={stored?.get(attachment.hash)}
            onOpen={() => setOpen(attachment)}
            onRemove={onRemove && (() => onRemove(attachment))}
          />
        ))}
      </ul>
      {open && <AttachmentViewer attachment={open} stored={stored?.get(open.hash)} onClose={() => setOpen(null)} />}
    </>
  );
}
