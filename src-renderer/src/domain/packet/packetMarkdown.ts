/**
 * An assembled promotion packet as a Markdown document, for the Markdown export. User text is
 * escaped wherever it could break the document's structure: inline text cannot start a heading, a
 * list or a table cell of its own, and multi-line text keeps its own Markdown but no headings.
 */
import { formatLocalDate } from '../dates';
import { kindLabel } from '../entries/entryKinds';
import { onePageLines, type AssembledPacket, type EvidenceItem } from './assemblePacket';
import { scopeLabel, scopeLevels } from '../scopeLevels';

/** One line of user text, made safe to place anywhere in a line (bullets, headings, quotes). */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^[#+-]|#$/g, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A table cell: inline text, never empty, so the row keeps its columns. */
function cell(text: string): string {
  return inline(text) || ' ';
}

/**
 * Multi-line user text, keeping its paragraphs, lists and emphasis but escaping what would open a
 * heading (ATX `#` or a setext underline) and so break the packet's outline.
 */
function block(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => line.replace(/^(\s{0,3})(#)/, '$1\\$2').replace(/^(\s{0,3})([=-]{2,}\s*)$/, '$1\\$2'))
    .join('\n');
}

function date(localDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(localDate) ? formatLocalDate(localDate) : localDate;
}

/** "14 Mar 2026 — Title (Team) — impact; metric", the impact without its final full stop. */
function evidenceLine(item: EvidenceItem): string {
  const impact = item.impact.trim().replace(/\.$/, '');
  const effect = [impact, item.metric ?? ''].filter((part) => part !== '').map(inline);
  const parts = [date(item.date), `${inline(item.title)} (${scopeLabel(item.scope)})`];
  if (effect.length > 0) parts.push(effect.join('; '));
  return `- ${parts.join(' — ')}`;
}

function coverLines(packet: AssembledPacket): string[] {
  const lines = [`# ${inline(packet.title) || 'Promotion packet'}`, ''];
  const roles = [packet.currentRole, packet.targetRole].map((role) => inline(role));
  const roleLine = roles[0] && roles[1] ? `${roles[0]} → ${roles[1]}` : roles[1] ? `Target role: ${roles[1]}` : (roles[0] ?? '');
  const who = [packet.authorName.trim() === '' ? '' : `**${inline(packet.authorName)}**`, roleLine].filter((part) => part !== '');
  if (who.length > 0) lines.push(who.join(' · '), '');
  lines.push(`Period: ${date(packet.period.start)} – ${date(packet.period.end)} · Generated on ${date(packet.generatedOn)}`, '');
  return lines;
}

function figureLines(packet: AssembledPacket): string[] {
  const { figures } = packet;
  return [
    '## At a glance',
    '',
    `- Entries of evidence: ${figures.entryCount}`,
    `- Widest scope reached: ${figures.highestScope ? scopeLabel(figures.highestScope) : '—'}`,
    `- Competencies with evidence: ${figures.competenciesCovered} of ${figures.competencyCount}`,
    `- Quarters with evidence: ${figures.quartersCovered}`,
    '',
  ];
}

function scopeTableLines(packet: AssembledPacket): string[] {
  if (packet.scopeRows.length === 0) return [];
  const header = ['Quarter', ...scopeLevels.map((level) => level.label), 'Highest'];
  const lines = ['## Scope over time', '', `| ${header.join(' | ')} |`, `| --- | ${scopeLevels.map(() => '---:').join(' | ')} | --- |`];
  for (const row of packet.scopeRows) {
    const counts = scopeLevels.map((level) => String(row.counts[level.id]));
    lines.push(`| ${[cell(row.label), ...counts, row.highestScope ? scopeLabel(row.highestScope) : '—'].join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

function competencyLines(packet: AssembledPacket): string[] {
  if (packet.competencySections.length === 0) return [];
  const lines = ['## Evidence by competency', ''];
  for (const section of packet.competencySections) {
    lines.push(`### ${inline(section.name)}`, '');
    if (section.narrative.trim() !== '') lines.push(block(section.narrative), '');
    if (section.evidence.length > 0) lines.push(...section.evidence.map(evidenceLine), '');
  }
  return lines;
}

function highlightLines(packet: AssembledPacket): string[] {
  if (packet.highlights.length === 0) return [];
  return ['## Highlights', '', ...packet.highlights.map(evidenceLine), ''];
}

function feedbackLines(packet: AssembledPacket): string[] {
  if (packet.feedback.length === 0) return [];
  const lines = ['## Feedback', ''];
  for (const item of packet.feedback) {
    const source = [item.attribution.trim() === '' ? '' : inline(item.attribution), date(item.date)].filter((part) => part !== '');
    lines.push(`> “${inline(item.quote)}”`, '>', `> — ${source.join(', ')} (${inline(item.entryTitle)})`, '');
  }
  return lines;
}

function reviewLines(packet: AssembledPacket): string[] {
  if (packet.reviews.length === 0) return [];
  const lines = ['## Quarterly reviews', ''];
  for (const review of packet.reviews) lines.push(`### ${inline(review.label)}`, '', block(review.summary), '');
  return lines;
}

function appendixLines(packet: AssembledPacket): string[] {
  if (packet.appendix.length === 0) return [];
  const lines = ['## Appendix: all evidence', ''];
  for (const item of packet.appendix) {
    lines.push(`### ${date(item.date)} — ${inline(item.title)}`, '');
    const facts = [kindLabel(item.kind), scopeLabel(item.scope)];
    if (item.metric !== null) facts.push(inline(item.metric));
    lines.push(`*${facts.join(' · ')}*`, '');
    if (item.impact.trim() !== '') lines.push(`Impact: ${inline(item.impact)}`, '');
    if (item.excerpt.trim() !== '') lines.push(inline(item.excerpt), '');
  }
  return lines;
}

/** A one-page summary's line per competency: its name, then its strongest evidence as `evidenceLine` words it. */
function onePageCompetencyLines(packet: AssembledPacket): string[] {
  const lines = onePageLines(packet);
  if (lines.length === 0) return [];
  return [
    '## Strongest evidence by competency',
    '',
    ...lines.map((line) => {
      const evidence = line.strongest ? evidenceLine(line.strongest).replace(/^- /, '') : 'No evidence selected.';
      const more = line.evidenceCount > 1 ? ` (1 of ${line.evidenceCount})` : '';
      return `- **${inline(line.name)}**: ${evidence}${more}`;
    }),
    '',
  ];
}

/**
 * The packet as one readable Markdown document: cover, figures, the scope-over-time table, evidence
 * by competency, highlights, feedback, quarterly reviews and the appendix. Sections with nothing to
 * show are left out; the result ends with a single newline. A one-page summary is the cover, summary,
 * figures, the scope table and a line per competency, as it prints.
 */
export function packetToMarkdown(packet: AssembledPacket): string {
  const summary = packet.summary.trim() === '' ? [] : ['## Summary', '', block(packet.summary), ''];
  const body = packet.onePage
    ? [...onePageCompetencyLines(packet)]
    : [...competencyLines(packet), ...highlightLines(packet), ...feedbackLines(packet), ...reviewLines(packet), ...appendixLines(packet)];
  const lines = [...coverLines(packet), ...summary, ...figureLines(packet), ...scopeTableLines(packet), ...body];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
