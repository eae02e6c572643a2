import { db, type ScopeJournalDatabase } from '../../db/database';
import { storeAttachments, type NewAttachment } from '../../db/attachmentsRepository';
import { checkAttachmentContents, checkAttachmentSize, cleanFileName, pastedImageName } from '../../domain/attachments/attachmentChecks';
import { attachmentHash } from '../../domain/attachments/attachmentHash';
import { describeFailure } from '../../domain/failureMessage';
import type { AttachmentRef } from '../../domain/types';
import { makeImageThumbnail, type ImageThumbnail } from './imageThumbnail';

/** How `addAttachmentFiles` runs; every option has the app's own default. */
export interface AddAttachmentOptions {
  database?: ScopeJournalDatabase;
  /** The files come from the clipboard: a browser's made-up name ("image.png") becomes "Pasted image <date time>.png". */
  isPasted?: boolean;
  now?: Date;
  /** Decodes an image and makes its thumbnail (the browser's canvas by default; jsdom decodes no images). */
  makeThumbnail?: (image: Blob) => Promise<ImageThumbnail>;
}

/** The files attached (their references, to put on an entry or a draft), or why none was. */
export type AddAttachmentsResult = { ok: true; attachments: AttachmentRef[] } | { ok: false; problems: string[] };

/** The names browsers give an image pasted from the clipboard, which say nothing to the user. */
const clipboardNames = /^(image|blob)?(\.(png|jpe?g|gif|webp))?$/i;

type Prepared = { ok: true; file: NewAttachment; ref: AttachmentRef } | { ok: false; problem: string };

/** Reads, checks, hashes and (for an image) decodes one file into what will be stored. */
async function prepare(file: File, options: AddAttachmentOptions, now: Date): Promise<Prepared> {
  const fileName = cleanFileName(file.name, 'Pasted file');
  // The size first, so a file of gigabytes is refused without being read.
  const sizeProblem = checkAttachmentSize(fileName, file.size);
  if (sizeProblem !== null) return { ok: false, problem: sizeProblem };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = checkAttachmentContents(fileName, file.type, bytes);
  if (!checked.ok) return { ok: false, problem: checked.problem };
  const { mediaType } = checked;
  const name = options.isPasted === true && clipboardNames.test(file.name.trim()) ? pastedImageName(mediaType, now) : fileName;
  // Stored typed with what the bytes are, never what the name or the system claimed.
  const blob = new Blob([bytes], { type: mediaType });
  const hash = await attachmentHash(bytes);
  const ref: AttachmentRef = { hash, fileName: name, mediaType, byteSize: bytes.length };
  if (mediaType === 'application/pdf') return { ok: true, file: { hash, mediaType, byteSize: bytes.length, blob, thumbnail: null }, ref };
  try {
    const image = await (options.makeThumbnail ?? makeImageThumbnail)(blob);
    return {
      ok: true,
      file: { hash, mediaType, byteSize: bytes.length, blob, thumbnail: image.thumbnail },
      ref: { ...ref, width: image.width, height: image.height },
    };
  } catch {
    return { ok: false, problem: `“${name}” could not be read as an image: it may be damaged. Nothing was attached.` };
  }
}

/**
 * Attaches files: checks each (kind read from its bytes, SVG refused, name and contents agreeing,
 * at most 25 MB), hashes it, makes an image's thumbnail, and stores them all or none. Returns the
 * references to put on the entry (or a draft of one), or every problem found, with nothing stored.
 *
 * The one way files enter the app, for every place that takes them: the editor's Attach file…,
 * a drop or a paste onto it, and (later) the quick-capture window.
 */
export async function addAttachmentFiles(files: readonly File[], options: AddAttachmentOptions = {}): Promise<AddAttachmentsResult> {
  const now = options.now ?? new Date();
  // One at a time: each may be 25 MB, and decoding a large image takes memory of its own.
  const prepared: Prepared[] = [];
  try {
    for (const file of files) prepared.push(await prepare(file, options, now));
  } catch (error) {
    // Reading failed (a file moved or on a drive that went away): the engine's words, translated.
    return { ok: false, problems: [`Could not attach: ${describeFailure(error, 'Nothing was attached.')}`] };
  }
  const problems = prepared.flatMap((item) => (item.ok ? [] : [item.problem]));
  if (problems.length > 0) {
    const others = prepared.length - problems.length;
    return {
      ok: false,
      problems:
        others > 0
          ? [...problems, `All or nothing: the other ${others === 1 ? 'file was' : `${others} files were`} not attached either.`]
          : problems,
    };
  }
  const ready = prepared.flatMap((item) => (item.ok ? [item] : []));
  try {
    await storeAttachments(
      options.database ?? db,
      ready.map((item) => item.file),
      now,
    );
  } catch (error) {
    return { ok: false, problems: [`Could not attach: ${describeFailure(error, 'Nothing was attached.')}`] };
  }
  return { ok: true, attachments: ready.map((item) => item.ref) };
}
