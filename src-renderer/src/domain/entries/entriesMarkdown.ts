/**
 * The journal as one Markdown document, for the Markdown export: years (`# 2026`), months
 * (`## March 2026`) and entries (`### Title`), oldest first like a paper journal, the trash left
 * out. Each entry has a list of its facts, then its body.
 *
 * User text is escaped wherever it could break the document's structure: one-line fields cannot
 * open a heading, a list or a link of their own; a body keeps its Markdown, but its headings are
 * moved below the entry's, a code fence left open is closed, and HTML that would swallow the rest
 * of the document (comments, `<script>`, `<pre>` …) is shown as text.
 */
import { monthKey, monthLabel } from '../dates';
import { competencyNamer, entriesForExport } from './entriesExport';
import { kindLabel } from './entryKinds';
import { formatMetric } from '../markdownText';
import { scopeLabel } from '../scopeLevels';
import type { Entry, EntryLink, Framework } from '../types';

/** One line of user text, made safe to place anywhere in a line (list items, headings). */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^[#+-]|#$/g, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

const fenceOpening = /^ {0,3}(`{3,}|~{3,})/;
const atxHeading = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
/** HTML blocks that run until a closing marker rather than a blank line (CommonMark types 1–5). */
const unboundedHtml = /^( {0,3})(<(?:script|pre|style|textarea)(?=[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/i;

/** The line that closes a fence opened by `marker` (three or more backticks or tildes). */
function fenceClosing(marker: string): RegExp {
  return new RegExp(`^ {0,3}${marker.startsWith('`') ? '`' : '~'}{${marker.length},}[ \t]*$`);
}

/** A body's Markdown, made safe to sit under an entry's `###` heading (see the module comment). */
function block(markdown: string): string {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
    .split('\n');
  let fence: { marker: string; closing: RegExp } | null = null;
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (fence !== null) {
      if (fence.closing.test(line)) fence = null;
      out.push(line);
      continue;
    }
    const marker = fenceOpening.exec(line)?.[1];
    if (marker !== undefined) {
      fence = { marker, closing: fenceClosing(marker) };
      out.push(line);
      continue;
    }
    const previous = lines[index - 1] ?? '';
    out.push(
      line
        .replace(atxHeading, (_match, indent: string, hashes: string) => `${indent}${'#'.repeat(Math.min(6, hashes.length + 3))}`)
        .replace(/^( {0,3})(=+[ \t]*)$/, '$1\\$2')
        .replace(/^( {0,3})(-{2,}[ \t]*)$/, (match, indent: string, rule: string) =>
          previous.trim() === '' ? match : `${indent}\\${rule}`,
        )
        .replace(unboundedHtml, '$1\\$2'),
    );
  }
  // A fence the body left open would turn the rest of the document into code.
  if (fence !== null) out.push(fence.marker);
  return out.join('\n');
}

/** A link the reader can follow when it is http(s) or mail; anything else stays inert text. */
function linkText(link: EntryLink): string {
  const url = link.url.trim();
  const label = inline(link.label);
  if (/^(https?:|mailto:)[^\s<>]*$/i.test(url)) return label === '' ? `<${url}>` : `[${label}](<${url}>)`;
  return label === '' ? inline(url) : `${label} (${inline(url)})`;
}

/** The facts of an entry, as list items; empty fields are left out. */
function factLines(entry: Entry, nameOf: (id: string) => string): string[] {
  const facts: [string, string][] = [
    ['Date', entry.occurredOn],
    ['Kind', kindLabel(entry.kind)],
    ['Scope', scopeLabel(entry.scope)],
    ['Competencies', entry.competencies.map((id) => inline(nameOf(id))).join(', ')],
    ['Tags', entry.tags.map(inline).join(', ')],
    ['Starred', entry.starred ? 'yes' : ''],
    ['Impact', inline(entry.impact)],
    ['Metric', entry.impactMetric === null ? '' : inline(formatMetric(entry.impactMetric))],
    ['People', entry.people.map(inline).join(', ')],
    ['Links', entry.links.map(linkText).join(', ')],
    ['AI assistance', inline(entry.aiAssist)],
    ['Follow-up on', entry.followUpOn ?? ''],
    ['Outcome', inline(entry.outcome)],
    ['Options considered', entry.options.map(inline).join('; ')],
    ['Choice', inline(entry.choice)],
    ['Confidence', entry.confidence === null ? '' : `${entry.confidence}%`],
  ];
  return facts.filter(([, value]) => value !== '').map(([label, value]) => `- **${label}:** ${value}`);
}

/**
 * The entries not in the trash as one Markdown document (see the module comment), competencies
 * named by `framework`. Ends with a single newline; empty when there is nothing to export.
 */
export function entriesToMarkdown(entries: readonly Entry[], framework: Framework): string {
  const nameOf = competencyNamer(framework);
  const lines: string[] = [];
  let year = '';
  let month = '';
  for (const entry of entriesForExport(entries)) {
    const entryMonth = monthKey(entry.occurredOn);
    if (entryMonth.slice(0, 4) !== year) {
      year = entryMonth.slice(0, 4);
      lines.push(`# ${year}`, '');
    }
    if (entryMonth !== month) {
      month = entryMonth;
      lines.push(`## ${monthLabel(month)}`, '');
    }
    lines.push(`### ${inline(entry.title) || 'Untitled'}`, '', ...factLines(entry, nameOf), '');
    const body = block(entry.body);
    if (body !== '') lines.push(body, '');
  }
  return lines.length === 0 ? '' : `${lines.join('\n').trimEnd()}\n`;
}
