import { describedNumber } from '../counted';
import type { AttachmentMediaType } from '../types';
import {
  attachableKinds,
  isAttachableKind,
  kindClaimedByName,
  kindClaimedByType,
  kindLabel,
  sniffFileKind,
  type SniffedKind,
} from './fileKinds';
import { imageSizeOf, maximumImagePixels, type PixelSize } from './imageSize';
import { maximumAttachmentBytes } from '../../../../src-main/shared/values';

/*
 * Whether a file may be attached, decided from its bytes. Each refusal is one sentence naming the
 * file, saying what is wrong and that nothing was attached: the editor shows it as it is.
 */

/** The largest file that can be attached: 25 MB (declared with the contract, which sync checks too). */
export { maximumAttachmentBytes };

/** The longest file name kept; a longer one is shortened, keeping its extension. */
export const maximumFileNameLength = 255;

const nothingAttached = 'Nothing was attached.';

/** "12 KB", "3.4 MB", "512 bytes": a file's size in a message. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${describedNumber(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${describedNumber(Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

/**
 * A file name fit to keep and show: no folders, no control characters, trimmed, at most
 * `maximumFileNameLength` characters; `fallback` when nothing is left.
 */
export function cleanFileName(name: string, fallback = 'Attachment'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base === '') return fallback;
  if (base.length <= maximumFileNameLength) return base;
  const extension = /\.[^.]{1,10}$/.exec(base)?.[0] ?? '';
  return `${base.slice(0, maximumFileNameLength - extension.length - 1)}…${extension}`;
}

/** A refusal for a file too large or empty, checked before its bytes are read; null when its size is fine. */
export function checkAttachmentSize(fileName: string, byteSize: number): string | null {
  if (byteSize === 0) return `“${fileName}” is empty. ${nothingAttached}`;
  if (byteSize > maximumAttachmentBytes) {
    const size = describeBytes(byteSize);
    const most = describeBytes(maximumAttachmentBytes);
    // A file just over the limit rounds to the limit itself: then only "larger than" is true.
    const isSame = size === most;
    return `“${fileName}” is ${isSame ? '' : `${size}: `}larger than the ${most} a file may be. ${nothingAttached}`;
  }
  return null;
}

/** A file that passed every check: what its bytes are, and an image's size in pixels. */
export type CheckedAttachment = { ok: true; mediaType: AttachmentMediaType; pixelSize: PixelSize | null } | { ok: false; problem: string };

const attachableList = 'PNG, JPEG, WebP and GIF images, and PDFs';

function refuse(problem: string): CheckedAttachment {
  return { ok: false, problem };
}

/** "its contents are a PDF", "its contents are not an image or PDF". */
function contentsPhrase(sniffed: SniffedKind): string {
  return sniffed === null ? 'its contents are not an image or a PDF this app can show' : `its contents are ${kindLabel(sniffed)}`;
}

/**
 * Checks a file's name, declared type and bytes (all of them: the image's header is read for its
 * size). Refused, each with a sentence naming the file:
 * - SVG, by name, declared type or contents: it can carry script;
 * - a name or declared type claiming one kind while the bytes are another (a PDF named .png);
 * - a name whose extension the app does not attach (.bmp, .docx), whatever its contents;
 * - contents that are none of PNG, JPEG, WebP, GIF or PDF;
 * - an image whose header cannot be read, or of more than `maximumImagePixels` pixels;
 * - an empty file, or one over `maximumAttachmentBytes`.
 */
export function checkAttachmentContents(fileName: string, declaredType: string, bytes: Uint8Array): CheckedAttachment {
  const sizeProblem = checkAttachmentSize(fileName, bytes.length);
  if (sizeProblem !== null) return refuse(sizeProblem);
  const sniffed = sniffFileKind(bytes);
  const byName = kindClaimedByName(fileName);
  const byType = kindClaimedByType(declaredType);
  if (sniffed === 'image/svg+xml' || byName === 'image/svg+xml' || byType === 'image/svg+xml') {
    return refuse(
      `“${fileName}” is an SVG image, which can carry script, so it cannot be attached: attach a PNG of it instead. ${nothingAttached}`,
    );
  }
  if (byName === 'unsupported') {
    return refuse(`“${fileName}” cannot be attached: only ${attachableList} can. ${nothingAttached}`);
  }
  for (const claimed of [byName, byType]) {
    if (claimed !== null && claimed !== sniffed) {
      return refuse(`“${fileName}” is not ${kindLabel(claimed)}: ${contentsPhrase(sniffed)}. ${nothingAttached}`);
    }
  }
  if (sniffed === null || !isAttachableKind(sniffed)) {
    return refuse(`“${fileName}” cannot be attached: ${contentsPhrase(sniffed)} (${attachableList} can be). ${nothingAttached}`);
  }
  if (sniffed === 'application/pdf') return { ok: true, mediaType: sniffed, pixelSize: null };
  const pixelSize = imageSizeOf(sniffed, bytes);
  if (pixelSize === null) {
    return refuse(
      `“${fileName}” is damaged: its ${attachableKinds[sniffed].label.replace(/^an? /, '')} header cannot be read. ${nothingAttached}`,
    );
  }
  if (pixelSize.width * pixelSize.height > maximumImagePixels) {
    return refuse(
      `“${fileName}” is too large to show: ${describedNumber(pixelSize.width)} × ${describedNumber(pixelSize.height)} pixels (the most is ${describedNumber(maximumImagePixels / 1_000_000)} megapixels). ${nothingAttached}`,
    );
  }
  return { ok: true, mediaType: sniffed, pixelSize };
}

/** The name a pasted image is given, from the moment it was pasted: "Pasted image 2026-11-18 10.04.png". */
export function pastedImageName(mediaType: AttachmentMediaType, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}`;
  return `Pasted image ${stamp}.${attachableKinds[mediaType].extensions[0] ?? 'bin'}`;
}
