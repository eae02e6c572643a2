import type { AttachmentMediaType } from '../types';

/** An image's size in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * The most pixels an attached image may have: 50 megapixels (a large camera's photo). Decoding
 * takes four bytes a pixel, so a small file of a huge, plain image (a "decompression bomb") would
 * otherwise take gigabytes of memory to show.
 */
export const maximumImagePixels = 50_000_000;

function u16be(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0);
}

function u16le(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}

function u24le(bytes: Uint8Array, offset: number): number {
  return u16le(bytes, offset) | ((bytes[offset + 2] ?? 0) << 16);
}

function u32be(bytes: Uint8Array, offset: number): number {
  return u16be(bytes, offset) * 0x10000 + u16be(bytes, offset + 2);
}

function tagAt(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4));
}

/** A size read from a header, or null when the header is cut short or says nothing sensible. */
function sized(width: number, height: number, bytes: Uint8Array, needed: number): PixelSize | null {
  if (bytes.length < needed || width <= 0 || height <= 0) return null;
  return { width, height };
}

function pngSize(bytes: Uint8Array): PixelSize | null {
  // The signature, then the IHDR chunk: length, type, width, height (big-endian).
  if (tagAt(bytes, 12) !== 'IHDR') return null;
  return sized(u32be(bytes, 16), u32be(bytes, 20), bytes, 24);
}

function gifSize(bytes: Uint8Array): PixelSize | null {
  // The logical screen: width and height after the six-byte signature (little-endian).
  return sized(u16le(bytes, 6), u16le(bytes, 8), bytes, 10);
}

function webpSize(bytes: Uint8Array): PixelSize | null {
  const chunk = tagAt(bytes, 12);
  if (chunk === 'VP8 ') {
    // Lossy: a frame tag (3 bytes), the start code 9D 01 2A, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
    return sized(u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff, bytes, 30);
  }
  if (chunk === 'VP8L') {
    // Lossless: the signature 0x2F, then width − 1 and height − 1 in 14 bits each.
    if (bytes[20] !== 0x2f || bytes.length < 25) return null;
    const bits = ((bytes[21] ?? 0) | ((bytes[22] ?? 0) << 8) | ((bytes[23] ?? 0) << 16) | ((bytes[24] ?? 0) << 24)) >>> 0;
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, bytes, 25);
  }
  if (chunk === 'VP8X') {
    // Extended: flags and reserved bytes, then the canvas's width − 1 and height − 1 in 24 bits.
    return sized(u24le(bytes, 24) + 1, u24le(bytes, 27) + 1, bytes, 30);
  }
  return null;
}

/** Markers that stand alone, with no length after them: TEM, RST0–7, SOI, EOI. */
function isStandaloneMarker(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9);
}

/** Start-of-frame markers (SOF0–SOF15 but DHT, JPG and DAC, which share the range). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegSize(bytes: Uint8Array): PixelSize | null {
  // Walks the segments after SOI to the first start of frame: FF, marker, length, then for a frame
  // the precision, height and width (big-endian). Metadata segments (EXIF) may come first.
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (isStandaloneMarker(marker)) {
      offset += 2;
      continue;
    }
    if (marker === 0xda) return null; // image data before any frame header
    if (isStartOfFrame(marker)) return sized(u16be(bytes, offset + 7), u16be(bytes, offset + 5), bytes, offset + 9);
    offset += 2 + u16be(bytes, offset + 2);
  }
  return null;
}

/**
 * The size an image's header declares, read without decoding it (so a huge image is refused
 * before anything allocates its pixels); null when the header cannot be read (cut short, damaged).
 */
export function imageSizeOf(mediaType: Exclude<AttachmentMediaType, 'application/pdf'>, bytes: Uint8Array): PixelSize | null {
  switch (mediaType) {
    case 'image/png':
      return pngSize(bytes);
    case 'image/gif':
      return gifSize(bytes);
    case 'image/webp':
      return webpSize(bytes);
    case 'image/jpeg':
      return jpegSize(bytes);
  }
}
