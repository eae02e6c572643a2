import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { BlobImage } from './BlobImage';

/**
 * A stored file shown where an entry's text places it (`![caption](attachment:<hash>)`): an image
 * from the journal's own stored Blob, never a fetch. A PDF, or a hash this computer does not have
 * (freed, or from another computer's backup), is a line of plain text in its place.
 */
export function InlineAttachment({ hash, caption }: { hash: string; caption: string }) {
  // null once read and missing; undefined while it is read.
  const stored = useLiveQuery(async () => (await db.attachments.get(hash)) ?? null, [hash]);
  if (stored && stored.mediaType !== 'application/pdf') {
    return <BlobImage blob={stored.blob} alt={caption} className="markdown-attachment" />;
  }
  const kind = stored?.mediaType === 'application/pdf' ? 'PDF' : 'image';
  return (
    <span className="markdown-image-placeholder">
      [{kind}: {caption === '' ? 'untitled' : caption}]
    </span>
  );
}
