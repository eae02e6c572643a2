/**
 * Day One's Markdown made plain again. Day One escapes punctuation it fears a reader would take as
 * markup (`Done\!`, `v1\.2`, `\- not a list`) and writes photos and links to other entries with its
 * own URL schemes, which mean nothing outside the app.
 */
import { withoutClosingHashes } from './importText';

/**
 * A label or URL stops at the next bracket and has a bound, so on hostile text (`[[[[…`) each try
 * ends where the next one starts and the patterns stay linear.
 */
const mediaReference = /!\[([^[\]\n]{0,1000})\]\(dayone-moment:([^()[\]\s]{0,200})\)/g;
const appLink = /\[([^[\]\n]{0,1000})\]\((?:dayone-moment|dayone2):[^()[\]\s]{0,200}\)/g;
const fence = /^\s{0,3}(?:```|~~~)/;

/** A photo, PDF, video or audio file that Day One's text shows in place (`![](dayone-moment://…)`). */
export interface DayOneMediaReference {
  /** `dayone-moment://<id>` is a photo; the other kinds name themselves: `dayone-moment:/pdfAttachment/<id>`. */
  kind: 'photo' | 'pdf' | 'video' | 'audio' | 'other';
  identifier: string;
  /** The image's alternative text as written (Day One leaves it empty). */
  caption: string;
}

/**
 * Decides what a media reference becomes: the Markdown that shows its file in place, or null to
 * remove it (the file is not imported).
 */
export type PlaceDayOneMedia = (reference: DayOneMediaReference) => string | null;

const mediaPaths: ReadonlyMap<string, DayOneMediaReference['kind']> = new Map([
  ['pdfAttachment', 'pdf'],
  ['video', 'video'],
  ['audio', 'audio'],
]);

/** What `dayone-moment:<path>` names. */
function mediaReferenceOf(path: string, caption: string): DayOneMediaReference {
  if (path.startsWith('//')) return { kind: 'photo', identifier: path.slice(2), caption };
  const match = /^\/([A-Za-z]+)\/(.+)$/.exec(path);
  const kind = match ? mediaPaths.get(match[1] ?? '') : undefined;
  return kind && match ? { kind, identifier: match[2] ?? '', caption } : { kind: 'other', identifier: path, caption };
}

const removeAllMedia: PlaceDayOneMedia = () => null;

/** Punctuation that may start a block when it opens a line: its escape stays there. */
const blockStarters = new Set(['#', '-', '+', '*', '>', '=', '|']);
/** Punctuation whose escape never changes how Markdown reads, wherever it stands. */
const alwaysPlain = new Set(['{', '}', ':', ';', ',', '"', "'", '%', '&', '$', '@', '?', '/', '^']);

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function isSpaceOrEdge(character: string | undefined): boolean {
  return character === undefined || /\s/.test(character);
}

/** What the cleaned line holds so far, kept as it grows so no check rescans it. */
interface LineSoFar {
  /** Only white space so far: block markers would still count. */
  isBlank: boolean;
  /** White space then digits only: a `.` or `)` would make an ordered list. */
  isListNumber: boolean;
  previous: string | undefined;
}

/** Whether `\` before `character` still matters: dropping it must not turn text into markup. */
function isEscapeNeeded(character: string, before: LineSoFar, next: string | undefined): boolean {
  if (alwaysPlain.has(character)) return false;
  if (before.isBlank && blockStarters.has(character)) return true;
  switch (character) {
    case '.':
    case ')':
      // `1\. ` would become an ordered list.
      return before.isListNumber;
    case '!':
      return next === '[';
    case '(':
      return before.previous === ']';
    case '#':
    case '-':
    case '+':
    case '=':
    case '>':
      return false;
    case '*':
      // A lone star between spaces can open no emphasis: `5 \* 3`.
      return !(isSpaceOrEdge(before.previous) && isSpaceOrEdge(next));
    case '_':
      // Underscores inside a word make no emphasis: `snake\_case`.
      return !((isWordCharacter(before.previous) && isWordCharacter(next)) || (isSpaceOrEdge(before.previous) && isSpaceOrEdge(next)));
    default:
      // `[`, `]`, backticks, `<`, `~`, `|` and anything else: keep the escape.
      return true;
  }
}

/**
 * For each run of backticks in a line (by its start), where the code span it opens ends: after the
 * next run of the same length, or, with none, right after itself. One pass from the right, so a line
 * of many unmatched runs costs no more than its length.
 */
function codeSpanEnds(line: string): Map<number, number> {
  const runs = [...line.matchAll(/`+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const ends = new Map<number, number>();
  const nextOfLength = new Map<number, number>();
  for (const run of runs.reverse()) {
    const length = run.end - run.start;
    ends.set(run.start, nextOfLength.get(length) ?? run.end);
    nextOfLength.set(length, run.end);
  }
  return ends;
}

/** One line outside code blocks with its needless escapes removed; code spans are left as written. */
function unescapedLine(line: string): string {
  const spanEnds = line.includes('`') ? codeSpanEnds(line) : new Map<number, number>();
  const parts: string[] = [];
  const soFar: LineSoFar = { isBlank: true, isListNumber: false, previous: undefined };
  const emit = (text: string): void => {
    parts.push(text);
    for (const character of text) {
      const isSpace = /\s/.test(character);
      const isDigit = character >= '0' && character <= '9';
      soFar.isListNumber = isDigit && (soFar.isBlank || soFar.isListNumber);
      soFar.isBlank = soFar.isBlank && isSpace;
      soFar.previous = character;
    }
  };
  let index = 0;
  while (index < line.length) {
    const character = line.charAt(index);
    const spanEnd = character === '`' ? spanEnds.get(index) : undefined;
    if (spanEnd !== undefined) {
      emit(line.slice(index, spanEnd));
      index = spanEnd;
    } else if (character === '\\' && index + 1 < line.length) {
      const escaped = line.charAt(index + 1);
      const isKept =
        escaped === '\\' || /[\p{L}\p{N}\s]/u.test(escaped) || isEscapeNeeded(escaped, soFar, line.charAt(index + 2) || undefined);
      emit(isKept ? `\\${escaped}` : escaped);
      index += 2;
    } else {
      emit(character);
      index += 1;
    }
  }
  return parts.join('');
}

/** Day One's escapes removed where Markdown reads the same without them; fenced code is untouched. */
function withoutNeedlessEscapes(markdown: string): string {
  let isInCode = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (fence.test(line)) {
        isInCode = !isInCode;
        return line;
      }
      return isInCode || !line.includes('\\') ? line : unescapedLine(line);
    })
    .join('\n');
}

/**
 * Day One text as portable Markdown: photos, videos and other attachments (`![](dayone-moment://…)`)
 * put in place by `placeMedia` or removed and counted, links into Day One (`dayone-moment:`,
 * `dayone2:`) reduced to their labels, and needless escapes dropped. Everything else, hostile HTML
 * included, stays text for the renderer to sanitise.
 */
export function cleanDayOneMarkdown(
  text: string,
  placeMedia: PlaceDayOneMedia = removeAllMedia,
): { markdown: string; removedMedia: number } {
  let removedMedia = 0;
  const markdown = text
    .replace(/\r\n?/g, '\n')
    .replace(mediaReference, (_reference, caption: string, path: string) => {
      const placed = placeMedia(mediaReferenceOf(path, caption));
      if (placed === null) removedMedia += 1;
      return placed ?? '';
    })
    .replace(appLink, '$1')
    .replace(/\n[ \t]*(?:\n[ \t]*)+\n/g, '\n\n');
  return { markdown: withoutNeedlessEscapes(markdown), removedMedia };
}

/** A line of Day One text as a plain title: heading marks and every escape removed. */
export function dayOneTitle(line: string): string {
  const heading = /^\s{0,3}#{1,6}(?:\s+|$)/.exec(line);
  const text = heading ? withoutClosingHashes(line.slice(heading[0].length)) : line;
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').trim();
}
