import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { describeBytes } from '../../domain/attachments/attachmentChecks';
import { counted } from '../../domain/counted';
import type { AttachmentRef, StoredAttachment } from '../../domain/types';
import { BlobImage } from './BlobImage';

/** Width of a PDF page in the viewer, in CSS pixels. */
const pdfPageWidth = 820;

type PdfState = { kind: 'loading' } | { kind: 'shown'; pageCount: number; shownPages: number } | { kind: 'failed' };

/** A PDF's pages, drawn by pdf.js (loaded now, on first use) onto canvases that can run nothing. */
function PdfPages({ blob, fileName }: { blob: Blob; fileName: string }) {
  const pages = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<PdfState>({ kind: 'loading' });
  useEffect(() => {
    const container = pages.current;
    if (!container) return;
    const controller = new AbortController();
    import('./pdfRender')
      .then(({ renderPdfPages }) => renderPdfPages(blob, container, pdfPageWidth, controller.signal))
      .then((rendering) => !controller.signal.aborted && setState({ kind: 'shown', ...rendering }))
      .catch(() => !controller.signal.aborted && setState({ kind: 'failed' }));
    return () => {
      controller.abort();
      container.replaceChildren();
    };
  }, [blob]);
  return (
    <>
      <p className="muted" role="status">
        {state.kind === 'loading' && 'Drawing the PDF…'}
        {state.kind === 'shown' &&
          (state.shownPages < state.pageCount
            ? `The first ${state.shownPages} of ${state.pageCount} pages.`
            : counted(state.pageCount, 'page', 'pages'))}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="form-problems">
          “{fileName}” could not be shown: the PDF is damaged or uses something this viewer cannot draw.
        </p>
      )}
      <div ref={pages} className="pdf-pages" aria-label={`Pages of ${fileName}`} role="group" />
    </>
  );
}

/**
 * One attachment, full size, in a modal dialog over the app (the browser's own `<dialog>`: focus
 * stays inside, Escape closes, and focus goes back to what opened it). An image is shown from a
 * `blob:` URL; a PDF as pictures of its pages.
 */
export function AttachmentViewer({
  attachment,
  stored,
  onClose,
}: {
  attachment: AttachmentRef;
  /** The stored file; null when this computer does not have it, undefined while it is read. */
  stored: StoredAttachment | null | undefined;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const isPdf = attachment.mediaType === 'application/pdf';

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  return createPortal(
    <dialog ref={dialog} className="app-dialog attachment-viewer" aria-labelledby="attachment-viewer-title" onClose={onClose}>
      <div className="attachment-viewer-header">
        <div>
          <h2 id="attachment-viewer-title">
            <bdi>{attachment.fileName}</bdi>
          </h2>
          <p className="muted">{describeBytes(attachment.byteSize)}</p>
        </div>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="attachment-viewer-body">
        {stored === undefined ? (
          <p className="muted">Opening…</p>
        ) : stored === null ? (
          <p role="alert">This file is not on this computer: the entry came from a backup that holds references to its files only.</p>
        ) : isPdf ? (
          <PdfPages blob={stored.blob} fileName={attachment.fileName} />
        ) : (
          <BlobImage blob={stored.blob} className="attachment-full" alt={attachment.fileName} />
        )}
      </div>
    </dialog>,
    document.body,
  );
}
