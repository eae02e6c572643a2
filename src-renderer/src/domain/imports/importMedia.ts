/*
 * The files an import brings with its entries (a Day One zip's photos and PDFs): placed in the
 * entries' text while the file is parsed, then hashed — the key they are stored under — and given
 * their thumbnails before the preview. Parsing is synchronous and WebCrypto is not, so the parser
 * writes a placeholder where each file shows, of exactly the length of the final reference, and
 * `resolveImportMedia` puts each file's hash in its place: no text can grow past its limit then.
 * (Text that writes a placeholder itself can only show a file of the same import, or nothing.)
 */
import { attachmentHash } from '../attachments/attachmentHash';
import { attachmentScheme, escapedCaption } from '../attachments/inlineAttachment';
import { counted } from '../counted';
import type { AttachmentRef, NewAttachment } from '../types';
import type { ImportCandidate, ImportMediaFile } from './importTypes';

/** The placeholder for the file at `index` of the parse result's `media`: 64 characters, as a hash is. */
function pendingName(index: number): string {
  return `pending-${String(index).padStart(56, '0')}`;
}

const pendingReference = /!\[((?:\\.|[^\\[\]\n]){0,2000})\]\(attachment:pending-(\d{56})\)/g;

/** The Markdown that shows `media[index]` in place, before its hash is known. */
export function pendingMediaMarkdown(index: number, caption: string): string {
  return `![${escapedCaption(caption)}](${attachmentScheme}${pendingName(index)})`;
}

/** Decodes an image and makes its thumbnail (`features/attachments/imageThumbnail.ts` in a browser or worker). */
export type MakeThumbnail = (image: Blob) => Promise<{ thumbnail: Blob; width: number; height: number }>;

/** What resolving the media gives back: the candidates with their attachments, the files to store, and what was skipped. */
export interface ResolvedMedia {
  candidates: ImportCandidate[];
  files: NewAttachment[];
  notes: string[];
}

/** One file hashed and, for an image, decoded: its reference, or why it was skipped. */
type Prepared = { ok: true; ref: AttachmentRef; file: NewAttachment } | { ok: false; problem: string };

async function prepareFile(media: ImportMediaFile, makeThumbnail: MakeThumbnail | undefined): Promise<Prepared> {
  // A view over a shared buffer is copied once, as WebCrypto and Blob want a plain ArrayBuffer.
  const bytes = media.bytes.buffer instanceof ArrayBuffer ? (media.bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(media.bytes);
  const hash = await attachmentHash(bytes);
  const blob = new Blob([bytes], { type: media.mediaType });
  const ref = { hash, fileName: media.fileName, mediaType: media.mediaType, byteSize: bytes.length };
  const stored = { hash, mediaType: media.mediaType, byteSize: bytes.length, blob, thumbnail: null };
  if (media.mediaType === 'application/pdf') return { ok: true, ref, file: stored };
  const headerSize = media.width !== undefined && media.height !== undefined ? { width: media.width, height: media.height } : {};
  if (!makeThumbnail) return { ok: true, ref: { ...ref, ...headerSize }, file: stored };
  try {
    const image = await makeThumbnail(blob);
    return { ok: true, ref: { ...ref, width: image.width, height: image.height }, file: { ...stored, thumbnail: image.thumbnail } };
  } catch {
    // The words `addAttachmentFiles` uses for the same failure.
    return { ok: false, problem: `“${media.fileName}” could not be read as an image: it may be damaged. It was skipped.` };
  }
}

/**
 * Hashes each file of `media` and makes an image's thumbnail (with `makeThumbnail`, where the
 * thread can decode images), then gives each candidate its `attachments` and puts each file's hash
 * where its placeholder stood. A file that fails to decode is skipped, its place in the text
 * removed, and a note names it. Files come back once each, however many entries have them.
 */
export async function resolveImportMedia(
  candidates: readonly ImportCandidate[],
  media: readonly ImportMediaFile[],
  makeThumbnail: MakeThumbnail | undefined,
  progress: (fraction: number) => void = () => undefined,
): Promise<ResolvedMedia> {
  const prepared: Prepared[] = [];
  // One at a time: each may be 25 MB, and decoding a large image takes memory of its own.
  for (const [index, file] of media.entries()) {
    progress(index / Math.max(1, media.length));
    prepared.push(await prepareFile(file, makeThumbnail));
  }
  const files = new Map<string, NewAttachment>();
  for (const item of prepared) if (item.ok && !files.has(item.ref.hash)) files.set(item.ref.hash, item.file);
  const resolved = candidates.map((candidate): ImportCandidate => {
    if (candidate.media === undefined) return candidate;
    const { media: indexes, ...rest } = candidate;
    const body = candidate.body.replace(pendingReference, (_reference, caption: string, index: string) => {
      const item = prepared[Number(index)];
      return item?.ok === true ? `![${caption}](${attachmentScheme}${item.ref.hash})` : '';
    });
    const seen = new Set<string>();
    const attachments = indexes.flatMap((index) => {
      const item = prepared[index];
      if (item?.ok !== true || seen.has(item.ref.hash)) return [];
      seen.add(item.ref.hash);
      return [item.ref];
    });
    return attachments.length > 0 ? { ...rest, body, attachments } : { ...rest, body };
  });
  const problems = prepared.flatMap((item, index) => {
    if (item.ok) return [];
    const owner = candidates.find((candidate) => candidate.media?.includes(index));
    return owner ? [`In “${owner.title}”: ${item.problem}`] : [];
  });
  const images = [...files.values()].filter((file) => file.mediaType !== 'application/pdf').length;
  const pdfs = files.size - images;
  const withFiles = resolved.filter((candidate) => (candidate.attachments?.length ?? 0) > 0).length;
  const brought = files.size === 0 ? [] : [`${describeFiles(images, pdfs)} will be attached to ${counted(withFiles, 'entry', 'entries')}.`];
  return { candidates: resolved, files: [...files.values()], notes: [...brought, ...problems] };
}

/** "3 photos and 1 PDF", "1 photo". */
function describeFiles(images: number, pdfs: number): string {
  const parts = [images > 0 ? counted(images, 'photo', 'photos') : '', pdfs > 0 ? counted(pdfs, 'PDF', 'PDFs') : ''];
  return parts.filter((part) => part !== '').join(' and ');
}
