/*
 * A PDF's document information (the Title and Author a reader shows in its title bar and its
 * document properties). Chromium takes the title from the page's `<title>` and has no way to set an
 * author, so the exporter writes both itself, as an incremental update: the printed bytes stay as
 * they are, and a new information dictionary, a one-entry cross-reference section and a trailer
 * pointing back to the original are appended (ISO 32000-1, 7.5.6). Readers then use the new
 * dictionary. Nothing is parsed beyond the last trailer and the old dictionary's dates.
 */

/** What the exporter sets; an empty author is left out rather than written as "". */
export interface PdfDocumentInfo {
  title: string;
  author?: string;
}

/** What the last trailer says, as far as an incremental update needs it. */
interface Trailer {
  /** The byte offset of the last cross-reference section (after `startxref`). */
  previousCrossReference: number;
  size: number;
  root: string;
  id: string | null;
  info: string | null;
}

const latin1 = new TextDecoder('latin1');

/** How much of the file's end is searched for the trailer: it is a few hundred bytes. */
const tailLength = 4096;

/**
 * `pdf` with `info` as its document information. The original bytes are kept as a prefix; a PDF
 * whose end cannot be read (no classic trailer, as with cross-reference streams) is an Error, so
 * that a caller never writes a file it did not mean to.
 */
export function withDocumentInfo(pdf: Uint8Array, info: PdfDocumentInfo): Uint8Array {
  const tailStart = Math.max(0, pdf.length - tailLength);
  const tail = latin1.decode(pdf.subarray(tailStart));
  const trailer = readTrailer(tail);
  const previous = trailer.info === null ? null : readObjectText(pdf, trailer.info, trailer.previousCrossReference);
  const creationDate = previous === null ? null : /\/CreationDate\s*(\([^()\\]*\))/.exec(previous)?.[1];
  const producer = previous === null ? null : /\/Producer\s*(\([^()\\]*\))/.exec(previous)?.[1];

  const objectNumber = trailer.size;
  const entries = [`/Title ${textString(info.title)}`];
  if (info.author !== undefined && info.author.trim() !== '') entries.push(`/Author ${textString(info.author)}`);
  entries.push(`/Creator ${textString('Scope Journal')}`);
  if (producer) entries.push(`/Producer ${producer}`);
  if (creationDate) entries.push(`/CreationDate ${creationDate}`);

  // An update starts on a new line; the object's offset is counted from the start of the file.
  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const object = `${objectNumber} 0 obj\n<<${entries.join(' ')}>>\nendobj\n`;
  const crossReferenceOffset = objectOffset + object.length;
  const trailerEntries = [`/Size ${objectNumber + 1}`, `/Root ${trailer.root}`, `/Info ${objectNumber} 0 R`];
  if (trailer.id) trailerEntries.push(`/ID ${trailer.id}`);
  trailerEntries.push(`/Prev ${trailer.previousCrossReference}`);
  const update =
    separator +
    object +
    // Each entry is exactly 20 bytes: ten digits of offset, five of generation, "n", and CR LF.
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n\r\n` +
    `trailer\n<<${trailerEntries.join(' ')}>>\nstartxref\n${crossReferenceOffset}\n%%EOF\n`;

  const appended = new Uint8Array(pdf.length + update.length);
  appended.set(pdf, 0);
  // Everything appended is ASCII: text strings are written in hexadecimal.
  for (let index = 0; index < update.length; index += 1) appended[pdf.length + index] = update.charCodeAt(index);
  return appended;
}

function readTrailer(tail: string): Trailer {
  const startCrossReference = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  if (!startCrossReference?.[1] || trailerAt < 0) {
    throw new Error('The PDF has no trailer that can be updated.');
  }
  const dictionary = tail.slice(trailerAt, startCrossReference.index);
  const size = /\/Size\s+(\d+)/.exec(dictionary)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dictionary)?.[1];
  if (size === undefined || root === undefined) {
    throw new Error('The PDF trailer names no size or document catalogue.');
  }
  return {
    previousCrossReference: Number(startCrossReference[1]),
    size: Number(size),
    root,
    id: /\/ID\s*(\[[^\]]*\])/.exec(dictionary)?.[1] ?? null,
    info: /\/Info\s+(\d+\s+\d+\s+R)/.exec(dictionary)?.[1] ?? null,
  };
}

/**
 * The text of the object `reference` ("1 0 R") from its offset in the last cross-reference
 * section up to its `endobj`; null when that section does not list it. Only the old dictionary's
 * creation date and producer are read from it.
 */
function readObjectText(pdf: Uint8Array, reference: string, crossReferenceOffset: number): string | null {
  const objectNumber = Number(reference.split(/\s+/)[0]);
  const section = latin1.decode(pdf.subarray(crossReferenceOffset, Math.min(pdf.length, crossReferenceOffset + 1_000_000)));
  if (!section.startsWith('xref')) return null;
  // Subsections: a "first count" line, then `count` entries of 20 bytes each.
  const subsection = /(\d+) (\d+)\r?\n/g;
  subsection.lastIndex = 4;
  for (let match = subsection.exec(section); match; match = subsection.exec(section)) {
    const first = Number(match[1]);
    const count = Number(match[2]);
    const entriesAt = match.index + match[0].length;
    if (objectNumber >= first && objectNumber < first + count) {
      const entry = section.slice(entriesAt + (objectNumber - first) * 20, entriesAt + (objectNumber - first + 1) * 20);
      const offset = /^(\d{10}) \d{5} n/.exec(entry)?.[1];
      if (offset === undefined) return null;
      const text = latin1.decode(pdf.subarray(Number(offset), Math.min(pdf.length, Number(offset) + 64 * 1024)));
      const end = text.indexOf('endobj');
      return end < 0 ? null : text.slice(0, end);
    }
    subsection.lastIndex = entriesAt + count * 20;
    if (section.startsWith('trailer', subsection.lastIndex)) return null;
  }
  return null;
}

/** A PDF text string in UTF-16BE with its byte-order mark, in hexadecimal: any text, no escaping. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) {
    hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  }
  return `<${hex}>`;
}
