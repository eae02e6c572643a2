import type { AttachmentMediaType } from '../types';

/*
 * What a file is, read from its first bytes (its "magic number"), never from its name or the type
 * the system claims for it: a name is only a claim, and the bytes are what a viewer will parse.
 */

/** What a file's bytes can be found to be: a kind the app attaches, an SVG (always refused), or neither. */
export type SniffedKind = AttachmentMediaType | 'image/svg+xml' | null;

/** How many leading bytes `sniffFileKind` needs at most. */
export const sniffedBytes = 4096;

/** The kinds the app attaches, with how the messages name them and the file names that claim them. */
export const attachableKinds: Readonly<Record<AttachmentMediaType, { label: string; extensions: readonly string[] }>> = {
  'image/png': { label: 'a PNG image', extensions: ['png'] },
  'image/jpeg': { label: 'a JPEG image', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  'image/webp': { label: 'a WebP image', extensions: ['webp'] },
  'image/gif': { label: 'a GIF image', extensions: ['gif'] },
  'application/pdf': { label: 'a PDF', extensions: ['pdf'] },
};

/** The `accept` list of a file chooser that offers only what can be attached. */
export const attachableAccept = [
  ...Object.keys(attachableKinds),
  ...Object.values(attachableKinds).flatMap((kind) => kind.extensions.map((extension) => `.${extension}`)),
].join(',');

const svgExtensions = ['svg', 'svgz'];

/** Other names systems give the same types. */
const typeAliases: Readonly<Record<string, SniffedKind>> = {
  'image/png': 'image/png',
  'image/x-png': 'image/png',
  'image/apng': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/webp': 'image/webp',
  'image/gif': 'image/gif',
  'application/pdf': 'application/pdf',
  'application/x-pdf': 'application/pdf',
  'image/svg+xml': 'image/svg+xml',
  'image/svg': 'image/svg+xml',
};

/** Whether `mediaType` is one the app attaches. */
export function isAttachableKind(mediaType: string): mediaType is AttachmentMediaType {
  return Object.hasOwn(attachableKinds, mediaType);
}

/** How a message names a kind: "a PNG image", "an SVG image". */
export function kindLabel(kind: Exclude<SniffedKind, null>): string {
  return kind === 'image/svg+xml' ? 'an SVG image' : attachableKinds[kind].label;
}

/** A file name's extension, lowercase and without its dot; '' when it has none. */
export function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * What a file name claims the file is: a kind the app knows, `unsupported` for an extension it
 * does not attach (.bmp, .docx), or null for a name with no extension.
 */
export function kindClaimedByName(fileName: string): SniffedKind | 'unsupported' {
  const extension = extensionOf(fileName);
  if (extension === '') return null;
  if (svgExtensions.includes(extension)) return 'image/svg+xml';
  for (const [mediaType, kind] of Object.entries(attachableKinds)) {
    if (kind.extensions.includes(extension) && isAttachableKind(mediaType)) return mediaType;
  }
  return 'unsupported';
}

/**
 * What a declared media type (a `File`'s `type`, set by the system or the clipboard) claims, or null
 * when it claims nothing the app knows: empty, `application/octet-stream`, or a type the app has no
 * view of either way (the name and the bytes decide then).
 */
export function kindClaimedByType(declaredType: string): SniffedKind {
  const essence = declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
  return typeAliases[essence] ?? null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

/**
 * What `bytes` (a file's first `sniffedBytes` bytes, or all of it) are: PNG, JPEG, WebP, GIF, PDF,
 * SVG, or null for anything else. SVG is looked for only when no binary signature matched, in the
 * text of the head: an `<svg` element, possibly after an XML declaration, a doctype or comments.
 */
export function sniffFileKind(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return looksLikeSvg(bytes) ? 'image/svg+xml' : null;
}

/** Whether the head of a file reads as SVG markup (UTF-8 or UTF-16, any case). */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, sniffedBytes);
  const isUtf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
  const encoding = isUtf16 ? (head[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8';
  const text = new TextDecoder(encoding).decode(head).toLowerCase();
  return /<svg[\s>/:]/.test(text) || /<!doctype\s+svg/.test(text);
}
