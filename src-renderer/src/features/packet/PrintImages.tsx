import type { AttachmentRef } from '../../domain/types';
import { BlobImage } from '../attachments/BlobImage';
import { useStoredAttachments } from '../attachments/useStoredAttachments';

/**
 * An entry's images in the packet's appendix, each scaled to fit the page's width, with its file
 * name as alternative text. While the files are read, an empty placeholder marked
 * `data-print-pending` stands in, and the print view waits for it and for every image to load
 * (PacketPrintView). Each image carries its hash, which the HTML export uses to embed it.
 */
export function PrintImages({ images }: { images: readonly AttachmentRef[] }) {
  const stored = useStoredAttachments(images);
  if (stored === undefined) return <div className="print-evidence-images" data-print-pending="" />;
  return (
    <div className="print-evidence-images">
      {images.map((image) => {
        const row = stored.get(image.hash);
        if (!row) {
          return (
            <p key={image.hash} className="print-muted">
              Image not on this computer: <bdi>{image.fileName}</bdi>
            </p>
          );
        }
        return (
          <BlobImage
            key={image.hash}
            blob={row.blob}
            alt={image.fileName}
            className="print-image"
            width={image.width}
            height={image.height}
            data-attachment-hash={image.hash}
          />
        );
      })}
    </div>
  );
}
