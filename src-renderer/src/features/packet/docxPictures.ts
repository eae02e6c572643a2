import type { AssembledPacket } from '../../domain/packet/assemblePacket';
import type { EntryPicture } from '../../domain/packet/packetDocx';

/** What Word shows as it is, by media type; WebP is drawn again as a PNG. */
const wordTypes: Partial<Record<string, EntryPicture['type']>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };

/** `blob` drawn as a PNG with its size: for an image Word cannot show as it is (WebP). */
async function asPng(blob: Blob): Promise<EntryPicture> {
  const bitmap = await createImageBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('An image could not be drawn for the DOCX.');
    context.drawImage(bitmap, 0, 0);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    return { data: new Uint8Array(await png.arrayBuffer()), type: 'png', width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}

/**
 * The pictures of the appendix's images for `packetToDocx`, by hash, read one at a time with
 * `readFile`; a file not on this computer is left out (the document names it instead).
 */
export async function docxPictures(
  packet: AssembledPacket,
  readFile: (hash: string) => Promise<Blob | undefined>,
): Promise<Map<string, EntryPicture>> {
  const pictures = new Map<string, EntryPicture>();
  for (const image of packet.appendix.flatMap((item) => item.images ?? [])) {
    if (pictures.has(image.hash)) continue;
    const blob = await readFile(image.hash);
    if (!blob) continue;
    const type = wordTypes[image.mediaType];
    if (type === undefined || image.width === undefined || image.height === undefined) {
      pictures.set(image.hash, await asPng(blob));
      continue;
    }
    pictures.set(image.hash, { data: new Uint8Array(await blob.arrayBuffer()), type, width: image.width, height: image.height });
  }
  return pictures;
}
