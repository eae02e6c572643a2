/**
 * The Markdown export with its attached files. Without attachments it is the one `.md` document it
 * always was (`entriesToMarkdown`). When an exported entry has files attached, it becomes a zip:
 * the document at its root and each file once under `attachments/`, linked from its entry with a
 * relative path (an image shown with `![name](attachments/…)`, a PDF as a link), so the folder
 * unzipped anywhere reads as it did in the app.
 *
 * The zip is streamed with fflate: each file is read from its Blob one at a time and stored as it
 * is (images and PDFs are compressed already), its bytes going to the zip's output without a copy;
 * only the Markdown is deflated. The output parts become one Blob, so the page never holds the
 * files, the parts and a joined copy of the zip all at once.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { attachableKinds } from '../attachments/fileKinds';
import { entriesForExport } from '../entries/entriesExport';
import { entriesToMarkdown } from '../entries/entriesMarkdown';
import type { AttachmentMediaType, AttachmentRef, Entry, Framework } from '../types';
import { attachedFilesOf } from './attachedFiles';

/** The folder of the zip that holds the attached files. */
const attachmentsFolder = 'attachments';

/** How many hex digits of a file's hash start its name in the zip: enough to tell files apart at a glance. */
const hashPrefixLength = 12;

/** Longest cleaned name (without the hash and extension), in characters. */
const maximumStemLength = 60;

/**
 * `fileName` fit to be a file's name in any folder on any system: its folder part dropped, only
 * letters, digits, `.`, `_` and `-` kept (every other run becomes one `-`), no leading or trailing
 * dot, at most 60 characters, and an extension that names `mediaType` (the one it had when it
 * does). "Q3 review (final).PDF" becomes "Q3-review-final.pdf"; a name with nothing left, "file.pdf".
 */
export function safeMemberName(fileName: string, mediaType: AttachmentMediaType): string {
  const base = fileName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const claimed = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const extensions = attachableKinds[mediaType].extensions;
  const extension = extensions.includes(claimed) ? claimed : (extensions[0] ?? 'bin');
  const stem = Array.from(
    (dot > 0 ? base.slice(0, dot) : base)
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[-._]+|[-._]+$/g, ''),
  )
    .slice(0, maximumStemLength)
    .join('')
    .replace(/[-._]+$/, '');
  return `${stem || 'file'}.${extension}`;
}

/**
 * The path in the zip of each file `entries` refer to, by hash: `attachments/<first 12 hex digits
 * of its hash>-<cleaned name>` (the name of its first reference), unique whatever the names, and
 * never able to leave the folder.
 */
export function attachmentPaths(entries: readonly Entry[]): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of attachedFilesOf(entries)) {
    const name = safeMemberName(file.fileName, file.mediaType);
    let path = `${attachmentsFolder}/${file.hash.slice(0, hashPrefixLength)}-${name}`;
    // Two hashes alike in their first 12 digits (never seen in practice): the whole hash tells them apart.
    if (taken.has(path)) path = `${attachmentsFolder}/${file.hash}-${name}`;
    taken.add(path);
    paths.set(file.hash, path);
  }
  return paths;
}

/** A file's name as text of a link or an image's alternative text: one line, nothing that could end or open markup. */
function linkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~!]/g, '\\$&');
}

/**
 * The Markdown paragraphs that show `entry`'s attachments: an image with its path, a PDF as a link,
 * and a file that is not in the zip (`paths` has no path for it) by its name alone.
 */
function attachmentParagraphs(entry: Entry, paths: ReadonlyMap<string, string>): string[] {
  return (entry.attachments ?? []).map((file: AttachmentRef) => {
    const name = linkText(file.fileName) || 'file';
    const path = paths.get(file.hash);
    if (path === undefined) return `Attached file: ${name} (not on this computer when this was exported)`;
    return file.mediaType.startsWith('image/') ? `![${name}](${path})` : `Attached file: [${name}](${path})`;
  });
}

/**
 * The Markdown document of the export, with each entry's attachments shown under its details,
 * before its body (placed there, the body's own Markdown, an unclosed code fence say, cannot
 * swallow them). `paths` are the files in the zip; a file without a path is named, not linked.
 */
export function markdownWithAttachments(entries: readonly Entry[], framework: Framework, paths: ReadonlyMap<string, string>): string {
  const shown = entries.map((entry) => {
    const paragraphs = attachmentParagraphs(entry, paths);
    return paragraphs.length === 0 ? entry : { ...entry, body: `${paragraphs.join('\n\n')}\n\n${entry.body}` };
  });
  return entriesToMarkdown(shown, framework);
}

/** Reads a stored file by hash; undefined when it is not on this computer. */
export type ReadAttachedFile = (hash: string) => Promise<Blob | undefined>;

/** What the Markdown export made: the document alone, or a zip with the files. */
export type MarkdownExport =
  | { kind: 'markdown'; contents: string; entryCount: number }
  | {
      kind: 'zip';
      zip: Blob;
      entryCount: number;
      /** Files in the zip. */
      fileCount: number;
      /** Files the entries refer to that are not on this computer (restored from another's backup), so not in the zip. */
      missingCount: number;
    };

export interface MarkdownExportOptions {
  /** The document's name in the zip, e.g. `scope-journal-2026-11-18.md`. */
  markdownName: string;
  readFile: ReadAttachedFile;
  /** Told how far the files are, from 0 to 1, as they are added. */
  onProgress?: (fraction: number) => void;
  /** Stops the export between files. */
  signal?: AbortSignal;
}

/** The same bytes as a view a Blob takes: without a copy, unless they are in shared memory. */
function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const buffer = bytes.buffer;
  return buffer instanceof ArrayBuffer ? new Uint8Array(buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

/** Streams `members` (each a name and its Blob) into a zip after the deflated `markdown`; the zip as one Blob. */
async function zipOf(
  markdownName: string,
  markdown: string,
  members: readonly { path: string; blob: Blob }[],
  { onProgress, signal }: Pick<MarkdownExportOptions, 'onProgress' | 'signal'>,
): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else parts.push(blobPart(chunk));
  });
  const document = new ZipDeflate(markdownName, { level: 6 });
  zip.add(document);
  document.push(strToU8(markdown), true);

  const totalBytes = members.reduce((total, member) => total + member.blob.size, 0);
  let doneBytes = 0;
  for (const member of members) {
    signal?.throwIfAborted();
    const file = new ZipPassThrough(member.path);
    zip.add(file);
    file.push(new Uint8Array(await member.blob.arrayBuffer()), true);
    doneBytes += member.blob.size;
    onProgress?.(totalBytes === 0 ? 1 : doneBytes / totalBytes);
    if (failures.length > 0) break;
  }
  zip.end();
  const [failure] = failures;
  if (failure) throw failure;
  return new Blob(parts, { type: 'application/zip' });
}

/**
 * The Markdown export of `entries` (the trash left out): the `.md` text exactly as before when no
 * exported entry has a file attached, otherwise a zip of the document and the files (see the
 * module comment). Files not on this computer are named in the document and counted.
 */
export async function exportMarkdown(
  entries: readonly Entry[],
  framework: Framework,
  options: MarkdownExportOptions,
): Promise<MarkdownExport> {
  const shown = entriesForExport(entries);
  const files = attachedFilesOf(shown);
  if (files.length === 0) return { kind: 'markdown', contents: entriesToMarkdown(shown, framework), entryCount: shown.length };

  const allPaths = attachmentPaths(shown);
  const members: { path: string; blob: Blob }[] = [];
  const paths = new Map<string, string>();
  // Blobs are handles: reading the rows first costs no bytes, and tells which files are here.
  for (const file of files) {
    const blob = await options.readFile(file.hash);
    const path = allPaths.get(file.hash);
    if (blob === undefined || path === undefined) continue;
    members.push({ path, blob });
    paths.set(file.hash, path);
  }
  const markdown = markdownWithAttachments(shown, framework, paths);
  const zip = await zipOf(options.markdownName, markdown, members, options);
  return { kind: 'zip', zip, entryCount: shown.length, fileCount: members.length, missingCount: files.length - members.length };
}
