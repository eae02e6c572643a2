/** The longest side of a thumbnail, in pixels: sharp in a tile on a high-density screen. */
export const thumbnailEdge = 320;

/** A decoded image's thumbnail, and the image's own size as shown (its orientation applied). */
export interface ImageThumbnail {
  thumbnail: Blob;
  width: number;
  height: number;
}

/**
 * Decodes an image and draws it at most `thumbnailEdge` pixels on its longer side, as WebP (PNG
 * where the engine cannot write WebP). Made once, when the file is added, and stored beside it.
 * Rejects when the bytes do not decode as an image: a damaged file is refused, never stored.
 */
export async function makeImageThumbnail(image: Blob): Promise<ImageThumbnail> {
  // Orientation from the file (a phone's EXIF rotation), so the thumbnail stands as the photo does.
  const bitmap = await createImageBitmap(image, { imageOrientation: 'from-image' });
  try {
    const { width, height } = bitmap;
    const scale = Math.min(1, thumbnailEdge / Math.max(width, height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No 2D canvas to draw the thumbnail on.');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return { thumbnail: await canvas.convertToBlob({ type: 'image/webp', quality: 0.85 }), width, height };
  } finally {
    bitmap.close();
  }
}
