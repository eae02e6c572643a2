/**
 * An assembled promotion packet as a Word document (DOCX), for committees that work in Word or
 * Google Docs. It has the print view's sections as real headings (Title, then Heading 1 and 2,
 * each with its outline level, so Word's navigation pane and a PDF made from it list them), the
 * scope chart as a picture with alternative text, evidence as bulleted lists, "Page N of M" in
 * the footer, the packet's title and author in the document's properties, and, when the packet
 * includes images, each appendix entry's images under it with their file names as alternative
 * text. It takes the packet as assembled for printing, so a redacted packet stays redacted. The
 * `docx` library is loaded only when a document is made: it never weighs on the app's start.
 */
import type { Paragraph as ParagraphType, ParagraphChild } from 'docx';
import { formatLocalDate } from '../dates';
import { kindLabel } from '../entries/entryKinds';
import { plainText } from '../markdownText';
import { scopeLabel } from '../scopeLevels';
import type { AssembledPacket, EvidenceItem } from './assemblePacket';
import { documentPropertyText, packetDocumentTitle } from './packet';

/** The scope chart drawn as a PNG, with its size on the page (CSS pixels, 96 to the inch). */
export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** An entry's image as the document holds it: bytes in a kind Word shows, and its size in pixels. */
export interface EntryPicture {
  data: Uint8Array;
  type: 'png' | 'jpg' | 'gif';
  width: number;
  height: number;
}

/** How the document is laid out, and the picture of its chart (none where it could not be drawn). */
export interface PacketDocxOptions {
  pageSize: 'A4' | 'Letter';
  chart: ChartPicture | null;
  /**
   * The appendix's images by hash (`EvidenceItem.images`), printed under their entries; an image
   * missing here is named as not on this computer. Absent: the packet has none.
   */
  pictures?: ReadonlyMap<string, EntryPicture>;
}

/** Page sizes in twentieths of a point, as Word stores them. */
const pageSizes = {
  A4: { width: 11_906, height: 16_838 },
  Letter: { width: 12_240, height: 15_840 },
} as const;

/** One inch, in twentieths of a point: the page margins. */
const inch = 1440;

/** The largest size an entry's picture is given on the page (CSS pixels, 96 to the inch): the text's width, and most of its height. */
function pictureBox(pageSize: 'A4' | 'Letter'): { width: number; height: number } {
  const page = pageSizes[pageSize];
  return { width: Math.floor(((page.width - 2 * inch) / inch) * 96), height: Math.floor(((page.height - 2 * inch) / inch) * 96 * 0.85) };
}

/** `picture`'s size scaled down (never up) to fit `box`, keeping its proportions. */
export function fittedSize(
  picture: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(1, box.width / Math.max(1, picture.width), box.height / Math.max(1, picture.height));
  return { width: Math.max(1, Math.round(picture.width * scale)), height: Math.max(1, Math.round(picture.height * scale)) };
}

// What XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE and U+FFFF): Word refuses
// a whole document that contains one. (Whitespace controls are folded into spaces first.)
const notInXml = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

/** User text fit for one run of a document: whitespace folded, what XML cannot hold dropped. */
function runText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(notInXml, '').trim();
}

function date(localDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(localDate) ? formatLocalDate(localDate) : localDate;
}

/** A block of user Markdown as the document shows it: paragraphs and list items, in plain text. */
export interface TextBlock {
  kind: 'paragraph' | 'bullet';
  text: string;
}

const listItemMarker = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/;

/**
 * `markdown` as paragraphs and bulleted items of plain text. Its own headings become plain
 * paragraphs, so that user text never adds to (or breaks) the document's outline.
 */
export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    const text = runText(plainText(paragraph.join('\n')));
    paragraph = [];
    if (text !== '') blocks.push({ kind: 'paragraph', text });
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^\s{0,3}>\s?/, '');
    if (line.trim() === '' || /^\s*(```|~~~)/.test(line)) {
      flush();
    } else if (listItemMarker.test(line)) {
      flush();
      const text = runText(plainText(line.replace(listItemMarker, '')));
      if (text !== '') blocks.push({ kind: 'bullet', text });
    } else if (/^\s{0,3}#{1,6}\s/.test(line)) {
      flush();
      paragraph.push(line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s#+\s*$/, ''));
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** Words a screen reader says for the chart, and the caption under it: what it shows, in brief. */
export function scopeChartDescription(packet: AssembledPacket): string {
  const rows = packet.scopeRows;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return 'Scope over time: no quarters in the period.';
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const span = first === last ? first.label : `${first.label} to ${last.label}`;
  const widest = packet.figures.highestScope;
  const firstWidest = widest ? rows.find((row) => row.highestScope === widest) : undefined;
  const reach = widest && firstWidest ? `; widest scope reached: ${scopeLabel(widest)}, first in ${firstWidest.label}` : '';
  const perQuarter = rows
    .filter((row) => row.total > 0)
    .map((row) => `${row.label}: ${row.total}${row.highestScope ? ` (up to ${scopeLabel(row.highestScope)})` : ''}`)
    .join(', ');
  return `Scope over time, entries per quarter stacked from Self to Industry, ${span}: ${total} ${total === 1 ? 'entry' : 'entries'}${reach}.${perQuarter ? ` ${perQuarter}.` : ''}`;
}

/**
 * `packet` as the bytes of a DOCX file. Sections with nothing to show are left out, as in the
 * print view; the chart is left out (its caption stays) when `options.chart` is null.
 */
export async function packetToDocx(packet: AssembledPacket, options: PacketDocxOptions): Promise<Uint8Array> {
  const docx = await import('docx');
  const { AlignmentType, Document, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun, Footer } = docx;

  const heading = (text: string, level: 1 | 2, pageBreakBefore = false): ParagraphType =>
    new Paragraph({
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      // The outline level is what Word's navigation pane and a PDF's bookmarks follow.
      outlineLevel: level - 1,
      keepNext: true,
      pageBreakBefore,
      children: [new TextRun(runText(text))],
    });
  const paragraph = (children: ParagraphChild[] | string): ParagraphType =>
    new Paragraph({ children: typeof children === 'string' ? [new TextRun(runText(children))] : children });
  const bullet = (children: ParagraphChild[] | string, level = 0): ParagraphType =>
    new Paragraph({ bullet: { level }, children: typeof children === 'string' ? [new TextRun(runText(children))] : children });
  const muted = (text: string): ParagraphType => new Paragraph({ children: [new TextRun({ text: runText(text), color: '5F6368' })] });
  const box = pictureBox(options.pageSize);
  const markdown = (text: string): ParagraphType[] =>
    markdownBlocks(text).map((block) => (block.kind === 'bullet' ? bullet(block.text) : paragraph(block.text)));

  /** One piece of evidence: a bullet with its date, title, kind and scope; impact, excerpt and (in the appendix, when asked) its images beneath. */
  const evidence = (item: EvidenceItem): ParagraphType[] => {
    const lines = [
      bullet([
        new TextRun(`${date(item.date)} — `),
        new TextRun({ text: runText(item.title), bold: true }),
        new TextRun(` (${kindLabel(item.kind)} · ${scopeLabel(item.scope)})`),
      ]),
    ];
    const impact = [runText(item.impact), item.metric ? runText(item.metric) : ''].filter((part) => part !== '').join(' — ');
    if (impact !== '') lines.push(bullet(`Impact: ${impact}`, 1));
    if (runText(item.excerpt) !== '') lines.push(bullet(item.excerpt, 1));
    for (const image of item.images ?? []) {
      const picture = options.pictures?.get(image.hash);
      const name = runText(image.fileName);
      if (!picture) {
        lines.push(muted(`Image not on this computer: ${name}`));
        continue;
      }
      lines.push(
        new Paragraph({
          indent: { left: inch / 4 },
          children: [
            new ImageRun({
              type: picture.type,
              data: picture.data,
              transformation: fittedSize(picture, box),
              altText: { name, title: name, description: name },
            }),
          ],
        }),
      );
    }
    return lines;
  };
  const evidenceList = (items: readonly EvidenceItem[]): ParagraphType[] =>
    items.length === 0 ? [muted('No evidence selected.')] : items.flatMap(evidence);

  const title = packetDocumentTitle(packet.title);
  const author = documentPropertyText(packet.authorName);
  const { figures } = packet;
  const roles =
    packet.currentRole || packet.targetRole ? `${packet.currentRole || 'Current role'} → ${packet.targetRole || 'Target role'}` : '';
  const chartDescription = scopeChartDescription(packet);

  const body: ParagraphType[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(runText(title))] }),
    muted('Promotion packet'),
    ...(author ? [paragraph([new TextRun({ text: runText(author), bold: true })])] : []),
    ...(roles ? [paragraph(roles)] : []),
    paragraph(`${date(packet.period.start)} – ${date(packet.period.end)}`),
    muted(`Prepared ${date(packet.generatedOn)}`),

    heading('Summary', 1),
    bullet(`Entries: ${figures.entryCount}`),
    bullet(`Highest scope reached: ${figures.highestScope ? scopeLabel(figures.highestScope) : '—'}`),
    bullet(`Competencies covered: ${figures.competenciesCovered} of ${figures.competencyCount}`),
    bullet(`Quarters: ${figures.quartersCovered}`),
    ...markdown(packet.summary),
    heading('Scope over time', 2),
    ...(options.chart
      ? [
          new Paragraph({
            keepNext: true,
            children: [
              new ImageRun({
                type: 'png',
                data: options.chart.png,
                transformation: { width: options.chart.width, height: options.chart.height },
                altText: { name: 'Scope over time', title: 'Scope over time', description: chartDescription },
              }),
            ],
          }),
        ]
      : []),
    muted(chartDescription),

    heading('Evidence by competency', 1, true),
    ...packet.competencySections.flatMap((section) => [
      heading(section.name, 2),
      ...markdown(section.narrative),
      ...evidenceList(section.evidence),
    ]),
  ];

  if (packet.highlights.length > 0) body.push(heading('Highlights', 1, true), ...evidenceList(packet.highlights));
  if (packet.feedback.length > 0) {
    body.push(heading('Feedback received', 1));
    for (const quote of packet.feedback) {
      const source = [runText(quote.attribution), date(quote.date)].filter((part) => part !== '').join(', ');
      body.push(
        new Paragraph({
          indent: { left: inch / 2 },
          keepNext: true,
          children: [new TextRun({ text: `“${runText(quote.quote)}”`, italics: true })],
        }),
        new Paragraph({ indent: { left: inch / 2 }, children: [new TextRun(`— ${source}`)] }),
      );
    }
  }
  if (packet.reviews.length > 0) {
    body.push(heading('Quarterly reviews', 1));
    for (const review of packet.reviews) body.push(heading(review.label, 2), ...markdown(review.summary));
  }
  if (packet.appendix.length > 0) body.push(heading('Appendix: all evidence', 1, true), ...evidenceList(packet.appendix));

  const page = pageSizes[options.pageSize];
  const document = new Document({
    title,
    // Empty means none: the library would otherwise write "Un-named".
    creator: author,
    lastModifiedBy: author,
    description: 'Promotion packet',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        title: { run: { font: 'Calibri', size: 48, bold: true, color: '1F2328' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Calibri', size: 32, bold: true, color: '1F2328' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Calibri', size: 26, bold: true, color: '1F2328' }, paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: inch, bottom: inch, left: inch, right: inch, footer: inch / 2 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], color: '5F6368', size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
