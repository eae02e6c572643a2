/**
 * Decides, before any parsing, whether a Markdown text can be formatted without freezing or
 * crashing the page. The Markdown parser (micromark, behind react-markdown) recurses once per level
 * of nesting and spends quadratic time on some runs of delimiters, so a few kilobytes of `>` or `*`
 * overflow the stack and a 200 KB body can block the page for minutes. This check reads each
 * character a bounded number of times and never recurses, so it stays fast on any input.
 *
 * It over-approximates on purpose: what it refuses is shown as plain text, which loses formatting
 * but never content.
 */

/** The limits: nesting far beyond what a journal uses, work small enough that formatting never blocks the page for long. */
export const markdownLimits = {
  /**
   * Levels of block quotes and lists on one line, and of emphasis or brackets left open in one
   * paragraph. Written Markdown nests a few levels; the parser's stack gives out near 1,000.
   */
  nesting: 32,
  /**
   * The work of parsing the whole text and the size of the page it makes, in units: one per line,
   * per delimiter run (`*`, `_`, `~`, backticks, brackets, `<`, `&`, `|`, `#`, escapes, and `www.`, `:`,
   * `@`, which may start a bare link) and per 50 characters, and four more per block (a paragraph, heading,
   * list item or quote). A 3 KB entry thick with formatting, or 25 KB of prose, stays under it; at
   * the limit, formatting takes about 150 ms in jsdom on a busy machine, a fraction of that in Chromium.
   */
  work: 1_200,
  /**
   * Delimiter runs times characters in one paragraph: the parser matches closers against every
   * earlier opener and looks ahead for the end of each code span, so its time grows with this product.
   */
  paragraphWork: 4_000_000,
} as const;

/** Whether a text can be formatted, and if not, why not. */
export type MarkdownAssessment = { isFormattable: true } | { isFormattable: false; reason: 'nesting' | 'size' };

const formattable: MarkdownAssessment = { isFormattable: true };

const tab = 9;
const lineFeed = 10;
const carriageReturn = 13;
const space = 32;

function isWhitespace(code: number): boolean {
  return code === space || code === tab || code === lineFeed || code === carriageReturn || code === 0x0b || code === 0x0c;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/** `www.` starts a bare link (GitHub-flavoured), which the parser looks ahead to delimit. */
function startsBareLink(text: string, position: number, end: number): boolean {
  return position + 3 < end && text.startsWith('www.', position);
}

/** `***`, `- - -`, `___`: a thematic break is not a list marker nor emphasis. */
function isThematicBreak(text: string, start: number, end: number): boolean {
  const marker = text.charCodeAt(start);
  if (marker !== 45 /* - */ && marker !== 42 /* * */ && marker !== 95 /* _ */) return false;
  let count = 0;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code === marker) count += 1;
    else if (code !== space && code !== tab) return false;
  }
  return count >= 3;
}

/**
 * The block quotes and list markers that open a line, counted as levels. Indentation before a list
 * marker counts one level per two columns, the least a nested list item needs. Returns the level
 * count and where the line's own content starts; stops counting once past the limit.
 */
function readContainers(text: string, start: number, end: number): { depth: number; contentStart: number } {
  let depth = 0;
  let position = start;
  while (position < end && depth <= markdownLimits.nesting) {
    let columns = 0;
    while (position < end && (text.charCodeAt(position) === space || text.charCodeAt(position) === tab)) {
      columns += text.charCodeAt(position) === tab ? 4 : 1;
      position += 1;
    }
    const code = text.charCodeAt(position);
    let markerEnd = -1;
    if (code === 62 /* > */) {
      markerEnd = position + 1;
    } else if (code === 45 /* - */ || code === 42 /* * */ || code === 43 /* + */) {
      if (code !== 43 && isThematicBreak(text, position, end)) break;
      markerEnd = position + 1;
    } else if (isDigit(code)) {
      let digitEnd = position;
      while (digitEnd < end && digitEnd - position < 9 && isDigit(text.charCodeAt(digitEnd))) digitEnd += 1;
      const delimiter = text.charCodeAt(digitEnd);
      if (delimiter === 46 /* . */ || delimiter === 41 /* ) */) markerEnd = digitEnd + 1;
    }
    if (markerEnd === -1) break;
    const following = markerEnd < end ? text.charCodeAt(markerEnd) : space;
    if (code !== 62 && following !== space && following !== tab) break;
    depth += 1 + Math.floor(columns / 2);
    position = markerEnd;
  }
  return { depth, contentStart: position };
}

/** What the text has used so far: the paragraph's counts reset at a blank line, the work never. */
interface ScanState {
  openEmphasis: number;
  openBrackets: number;
  paragraphRuns: number;
  paragraphCharacters: number;
  /** Work units so far, without the characters. */
  work: number;
  characters: number;
}

const charactersPerUnit = 50;
const blockUnits = 4;

function isOverWork(state: ScanState, extraUnits: number, extraCharacters: number): boolean {
  return state.work + extraUnits + (state.characters + extraCharacters) / charactersPerUnit > markdownLimits.work;
}

type Refusal = 'nesting' | 'size';

/**
 * Scans one line's inline content. Emphasis runs that can open add their length to the open count
 * and runs that can close take theirs away (CommonMark's flanking rules, simplified towards more
 * nesting, never less); brackets do the same. Returns why the text is refused, as soon as it is.
 */
function scanInline(text: string, start: number, end: number, state: ScanState): Refusal | null {
  let runs = 0;
  let position = start;
  state.paragraphCharacters += end - start;
  while (position < end) {
    const code = text.charCodeAt(position);
    if (code === 92 /* \ */ && position + 1 < end && isAsciiPunctuation(text.charCodeAt(position + 1))) {
      // An escape is a token of its own to the parser, so it costs like a delimiter.
      runs += 1;
      position += 2;
      continue;
    }
    if (code === 42 /* * */ || code === 95 /* _ */ || code === 126 /* ~ */) {
      let runEnd = position + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd += 1;
      const before = position > start ? text.charCodeAt(position - 1) : space;
      const after = runEnd < end ? text.charCodeAt(runEnd) : space;
      const isLeftFlanking = !isWhitespace(after) && (!isAsciiPunctuation(after) || isWhitespace(before) || isAsciiPunctuation(before));
      const isRightFlanking = !isWhitespace(before) && (!isAsciiPunctuation(before) || isWhitespace(after) || isAsciiPunctuation(after));
      const isIntraword = isAlphanumeric(before) && isAlphanumeric(after);
      // An underscore inside a word (snake_case) neither opens nor closes.
      if (!(code === 95 && isIntraword)) {
        if (isRightFlanking) state.openEmphasis = Math.max(0, state.openEmphasis - (runEnd - position));
        if (isLeftFlanking) state.openEmphasis += runEnd - position;
      }
      runs += 1;
      position = runEnd;
    } else if (code === 91 /* [ */) {
      state.openBrackets += 1;
      runs += 1;
      position += 1;
    } else if (code === 93 /* ] */) {
      state.openBrackets = Math.max(0, state.openBrackets - 1);
      runs += 1;
      position += 1;
    } else if (
      code === 96 /* ` */ ||
      code === 60 /* < */ ||
      code === 38 /* & */ ||
      code === 124 /* | */ ||
      code === 35 /* # */ ||
      code === 58 /* : */ ||
      startsBareLink(text, position, end)
    ) {
      let runEnd = position + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd += 1;
      runs += 1;
      position = runEnd;
    } else if (code === 64 /* @ */) {
      // The parser tries a bare e-mail address back from every `@`, which costs several runs' work.
      runs += 4;
      position += 1;
    } else {
      position += 1;
    }
    if (state.openEmphasis > markdownLimits.nesting || state.openBrackets > markdownLimits.nesting) return 'nesting';
    if (isOverWork(state, runs, position - start)) return 'size';
  }
  state.paragraphRuns += runs;
  state.work += runs;
  return state.paragraphRuns * state.paragraphCharacters > markdownLimits.paragraphWork ? 'size' : null;
}

/**
 * Whether `markdown` can be formatted within the limits above. Linear in its length: every
 * character is read a bounded number of times, with no recursion and no regular expression.
 */
export function assessMarkdown(markdown: string): MarkdownAssessment {
  const state: ScanState = { openEmphasis: 0, openBrackets: 0, paragraphRuns: 0, paragraphCharacters: 0, work: 0, characters: 0 };
  let isAfterBlank = true;
  let lineStart = 0;
  while (lineStart <= markdown.length) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = markdown.length;
    const { depth, contentStart } = readContainers(markdown, lineStart, lineEnd);
    if (depth > markdownLimits.nesting) return { isFormattable: false, reason: 'nesting' };

    let isBlank = true;
    for (let index = contentStart; index < lineEnd && isBlank; index += 1) isBlank = isWhitespace(markdown.charCodeAt(index));
    if (isBlank) {
      state.openEmphasis = 0;
      state.openBrackets = 0;
      state.paragraphRuns = 0;
      state.paragraphCharacters = 0;
    } else if (isThematicBreak(markdown, contentStart, lineEnd)) {
      // Every marker of a thematic break is a token of its own.
      state.work += Math.floor((lineEnd - contentStart) / 2);
    } else {
      const refusal = scanInline(markdown, contentStart, lineEnd, state);
      if (refusal) return { isFormattable: false, reason: refusal };
    }
    const isHeading = markdown.charCodeAt(contentStart) === 35; /* # */
    const blocks = depth + (isHeading || (isAfterBlank && !isBlank) ? 1 : 0);
    state.work += 1 + blocks * blockUnits;
    state.characters += lineEnd - lineStart;
    if (isOverWork(state, 0, 0)) return { isFormattable: false, reason: 'size' };
    isAfterBlank = isBlank;
    lineStart = lineEnd + 1;
  }
  return formattable;
}
