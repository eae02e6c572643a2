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
const mediaReference = /!\[[^[\]\n]{0,1000}\]\(dayone-moment:[^()[\]\s]{0,200}\)/g;
const appLink = /\[([^[\]\n]{0,1000})\]\((?:dayone-moment|dayone2):[^()[\]\s]{0,200}\)/g;
const fence = /^\s{0,3}(?:```|~~~)/;

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
 * removed and counted, links into Day One (`dayone-moment:`, `dayone2:`) reduced to their labels,
 * and needless escapes dropped. Everything else, hostile HTML included, stays text for the renderer
 * to sanitise.
 */
export function cleanDayOneMarkdown(text: string): { markdown: string; removedMedia: number } {
  let removedMedia = 0;
  const markdown = text
    .replace(/\r\n?/g, '\n')
    .replace(mediaReference, () => {
      removedMedia += 1;
      return '';
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
