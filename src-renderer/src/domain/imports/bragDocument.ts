/**
 * Reads a brag document: Markdown in which accomplishments are bullets under headings. Dated headings
 * (`## 2026-03-04`, `### March 2026`, `## Q1 2026`, `## 2026`) date the bullets below them; topical
 * headings (`## Projects`, `## Collaboration & mentorship`) tag them. Each top-level bullet, with its
 * nested bullets, becomes one candidate.
 */
import { isLocalDate, todayLocalDate } from '../dates';
import { bulletDate, headingDate, morePrecise } from './bragDates';
import type { KnownDate } from './bragDates';
import {
  candidateFromDraft,
  counted,
  describedNumber,
  fileTooLargeProblem,
  isTextTooLarge,
  markdownNestingProblem,
  newImportTally,
  parsedImport,
  splitFirstSentence,
  tooManyEntriesProblem,
  withUnixLineEnds,
  withoutClosingHashes,
  withoutTrailing,
} from './importText';
import type { ImportCandidate, ImportParseResult } from './importTypes';

type BragLine =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'bullet'; indent: number; contentIndent: number; text: string }
  | { kind: 'text'; indent: number; raw: string; fence: 'opens' | 'inside' | null }
  | { kind: 'blank' };

const fence = /^ {0,3}(?:```|~~~)/;
const heading = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const bullet = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;

/** Columns of leading white space, a tab counting four. */
function indentOf(text: string): number {
  let columns = 0;
  for (const character of text) {
    if (character === ' ') columns += 1;
    else if (character === '\t') columns += 4;
    else break;
  }
  return columns;
}

/** `text` without up to `columns` columns of leading white space, so nested bullets keep their relative depth. */
function deindented(text: string, columns: number): string {
  let index = 0;
  let removed = 0;
  while (index < text.length && removed < columns) {
    const character = text.charAt(index);
    if (character === ' ') removed += 1;
    else if (character === '\t') removed += 4;
    else break;
    index += 1;
  }
  return text.slice(index);
}

/** Each line as what it is to the document's outline; nothing inside a fenced code block is a heading or bullet. */
function bragLines(lines: readonly string[]): BragLine[] {
  let isInCode = false;
  return lines.map((raw): BragLine => {
    if (fence.test(raw)) {
      isInCode = !isInCode;
      return { kind: 'text', indent: indentOf(raw), raw, fence: isInCode ? 'opens' : 'inside' };
    }
    if (isInCode) return { kind: 'text', indent: indentOf(raw), raw, fence: 'inside' };
    if (raw.trim() === '') return { kind: 'blank' };
    const headingMatch = heading.exec(raw);
    if (headingMatch)
      return { kind: 'heading', level: headingMatch[1]?.length ?? 1, text: withoutClosingHashes(headingMatch[2] ?? '').trim() };
    const bulletMatch = bullet.exec(raw);
    if (bulletMatch) {
      const indent = indentOf(bulletMatch[1] ?? '');
      const contentIndent = indent + (bulletMatch[2]?.length ?? 1) + Math.min(indentOf(bulletMatch[3] ?? ' '), 4);
      return { kind: 'bullet', indent, contentIndent, text: (bulletMatch[4] ?? '').trim() };
    }
    return { kind: 'text', indent: indentOf(raw), raw, fence: null };
  });
}

/** `collaboration-mentorship` for "Collaboration & mentorship". */
function sectionTag(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 200)
    .replace(/^-|-$/g, '');
}

/** A bullet's title: its bold lead (`**Led the rewrite:** …`) or its first sentence, without a closing `.` or `:`. */
function bulletTitle(text: string): string {
  const withoutCheckbox = text.replace(/^\[[ xX]\]\s+/, '');
  const lead = /^(\*\*|__)(.+?)\1/.exec(withoutCheckbox)?.[2];
  const title = lead ?? splitFirstSentence(withoutCheckbox)[0];
  return withoutTrailing(title.trimEnd(), '.:;,–—- ').trim();
}

interface HeadingContext {
  level: number;
  date: KnownDate | null;
  tag: string | null;
}

interface BragItem {
  line: number;
  listIndent: number;
  contentIndent: number;
  firstLine: string;
  lines: string[];
  date: KnownDate | null;
  tags: string[];
}

/**
 * Reads a brag document. A bullet is dated by its own date (`2026-03-04:` or `(Mar 2026)`) or by the
 * nearest dated heading above it, whichever is more precise, else by `options.today`. Topical headings
 * it sits under become its tags; a document's single top-level title heading does not. The bullet's
 * bold lead or first sentence is its title and the whole bullet, nested bullets included, its body.
 */
export function parseBragDocument(text: string, options: { today?: string } = {}): ImportParseResult {
  if (isTextTooLarge(text)) return { ok: false, problem: fileTooLargeProblem };
  const nestingProblem = markdownNestingProblem(text);
  if (nestingProblem !== null) return { ok: false, problem: nestingProblem };
  const today = options.today !== undefined && isLocalDate(options.today) ? options.today : todayLocalDate();
  const rawLines = withUnixLineEnds(text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  const lines = bragLines(rawLines);
  const levelOneHeadings = lines.filter((line) => line.kind === 'heading' && line.level === 1).length;
  const firstLine = lines.find((line) => line.kind !== 'blank');
  const hasTitleHeading = levelOneHeadings === 1 && firstLine?.kind === 'heading' && firstLine.level === 1;

  const tally = newImportTally();
  const candidates: ImportCandidate[] = [];
  const stack: HeadingContext[] = [];
  let items = 0;
  let undated = 0;
  let hasLooseText = false;
  let current: BragItem | null = null;
  let isPreviousBlank = false;
  let isCodeInItem = false;

  const finish = (): string | null => {
    const item = current;
    current = null;
    if (item === null) return null;
    const own = bulletDate(item.firstLine);
    const date = morePrecise(own.date, item.date);
    const outcome = candidateFromDraft(
      {
        occurredOn: date?.date ?? today,
        time: null,
        title: bulletTitle(own.text),
        body: [item.firstLine, ...item.lines].join('\n'),
        tags: item.tags,
        starred: false,
        sourceId: null,
      },
      `The bullet on line ${describedNumber(item.line)}`,
      tally,
    );
    if (outcome.kind === 'problem') return outcome.problem;
    if (outcome.kind === 'candidate') {
      candidates.push(outcome.candidate);
      if (date === null) undated += 1;
    }
    return null;
  };

  for (const [index, line] of lines.entries()) {
    let problem: string | null = null;
    if (line.kind === 'heading') {
      problem = finish();
      while ((stack.at(-1)?.level ?? 0) >= line.level) stack.pop();
      const date = headingDate(line.text);
      const isTitle = hasTitleHeading && line.level === 1;
      stack.push({ level: line.level, date, tag: date === null && !isTitle ? sectionTag(line.text) || null : null });
    } else if (line.kind === 'bullet') {
      if (current !== null && line.indent >= current.listIndent + 2) {
        current.lines.push(deindented(rawLines[index] ?? '', current.contentIndent));
      } else {
        problem = finish();
        items += 1;
        const tooMany = tooManyEntriesProblem(items);
        if (tooMany !== null) return { ok: false, problem: tooMany };
        const dated = stack.findLast((context) => context.date !== null);
        current = {
          line: index + 1,
          listIndent: line.indent,
          contentIndent: line.contentIndent,
          firstLine: line.text,
          lines: [],
          date: dated?.date ?? null,
          tags: stack.flatMap((context) => (context.tag === null ? [] : [context.tag])),
        };
      }
    } else if (line.kind === 'text' && line.fence === 'inside') {
      if (current !== null && isCodeInItem) current.lines.push(deindented(line.raw, current.contentIndent));
    } else if (line.kind === 'text') {
      // Indented text, or text straight after the bullet (a lazy continuation), belongs to it.
      const item: BragItem | null = current;
      const belongs = item !== null && (line.indent >= item.listIndent + 2 || !isPreviousBlank);
      if (line.fence === 'opens') isCodeInItem = belongs;
      if (item !== null && belongs) {
        item.lines.push(deindented(line.raw, item.contentIndent));
      } else {
        problem = finish();
        hasLooseText = true;
      }
    } else if (current !== null) {
      current.lines.push('');
    }
    if (problem !== null) return { ok: false, problem };
    isPreviousBlank = line.kind === 'blank';
  }
  const lastProblem = finish();
  if (lastProblem !== null) return { ok: false, problem: lastProblem };

  if (items === 0 && lines.some((line) => line.kind !== 'blank')) {
    return {
      ok: false,
      problem: 'This document has no bulleted items: a brag document lists each accomplishment as a bullet under a heading.',
    };
  }
  const notes: string[] = [];
  if (undated > 0) {
    notes.push(
      undated === 1
        ? `1 item has no date of its own or from a heading above; it is dated ${today}.`
        : `${counted(undated, 'item', 'items')} have no date of their own or from a heading above; they are dated ${today}.`,
    );
  }
  if (hasLooseText) notes.push('Text outside bulleted lists was not imported: each bullet becomes one entry.');
  return parsedImport('brag-markdown', candidates, tally, notes);
}
