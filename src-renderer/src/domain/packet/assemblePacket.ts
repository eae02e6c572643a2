/**
 * The assembly of a saved packet into the ordered, ready-to-print shape that the print view and the
 * exports share. Pure: nothing here reads the database or the clock, except where a caller leaves
 * `today` out.
 */
import { todayLocalDate } from '../dates';
import { compareNewestFirst } from '../entries/search';
import { scopeOverTime } from '../insights/insights';
import type { ScopeQuarterRow } from '../insights/insights';
import { excerptOf, formatMetric, plainText } from '../markdownText';
import { isQuarterKey, quarterFromOrdinal, quarterLabel, quarterOrdinal, quarterOrdinalOfDate, quartersBetween } from '../quarters';
import type { QuarterKey } from '../quarters';
import { scopeRank } from '../scopeLevels';
import type { AttachmentRef, Entry, EntryKind, Framework, Packet, QuarterlyReview, ScopeLevelId } from '../types';
import { compareStrongestFirst, isInPeriod } from './packet';
import { listPacketNames, redactTickedNames } from './packetNames';
import { collectPeopleNames } from './redaction';

/** One entry as a packet shows it. */
export interface EvidenceItem {
  id: string;
  date: string;
  title: string;
  kind: EntryKind;
  scope: ScopeLevelId;
  impact: string;
  /** The impact metric in words, e.g. "p95 latency −40%"; null when the entry has none. */
  metric: string | null;
  /** The body as plain text, at most 280 characters, cut at a word boundary with "…". */
  excerpt: string;
  /**
   * The entry's images (PDFs left out), printed under it: only on the appendix's items, and only
   * when the packet includes images; absent otherwise.
   */
  images?: AttachmentRef[];
}

/** The evidence for one competency, with the user's narrative for it. */
export interface CompetencySection {
  competencyId: string;
  /** The framework's name, or "<id> (retired)" for a competency no longer in the framework. */
  name: string;
  narrative: string;
  /** Oldest first, so the section reads as a trajectory. */
  evidence: EvidenceItem[];
  /**
   * The id of the strongest item of `evidence` (starred, then widest scope, then measured impact:
   * `compareStrongestFirst`), which a one-page summary prints; null when there is no evidence.
   */
  strongestEvidenceId: string | null;
}

/** A quotation taken from a feedback entry's Markdown blockquote. */
export interface FeedbackQuote {
  quote: string;
  /** Who said it; empty when the blockquote names nobody and the entry lists no people. */
  attribution: string;
  date: string;
  entryTitle: string;
}

/** A quarterly review's summary, as the packet shows it. */
export interface ReviewSummary {
  quarter: QuarterKey;
  /** "Q3 2026". */
  label: string;
  summary: string;
}

/** The headline numbers on a packet's first page. */
export interface PacketFigures {
  entryCount: number;
  highestScope: ScopeLevelId | null;
  /** Framework competencies with at least one piece of evidence. */
  competenciesCovered: number;
  competencyCount: number;
  /** Quarters of the period with at least one selected entry. */
  quartersCovered: number;
}

/** Everything the print view and the exports need, already ordered and (if asked) redacted. */
export interface AssembledPacket {
  title: string;
  authorName: string;
  currentRole: string;
  targetRole: string;
  period: { start: string; end: string };
  generatedOn: string;
  figures: PacketFigures;
  scopeRows: ScopeQuarterRow[];
  competencySections: CompetencySection[];
  /** Starred entries: widest scope first, then newest. */
  highlights: EvidenceItem[];
  /** Oldest first. */
  feedback: FeedbackQuote[];
  /** Oldest first; empty unless the packet includes reviews. */
  reviews: ReviewSummary[];
  /** Every selected entry, oldest first, with its images when the packet includes them; empty unless the packet includes the appendix. */
  appendix: EvidenceItem[];
  summary: string;
  /** Print the one-page summary (cover line, summary, figures, scope chart, a line per competency) instead of the whole packet. */
  onePage: boolean;
}

/** A one-page summary's line for one competency. */
export interface OnePageLine {
  competencyId: string;
  name: string;
  /** The competency's strongest evidence; null for a section that has a narrative only. */
  strongest: EvidenceItem | null;
  /** How many pieces of evidence the full packet shows for it. */
  evidenceCount: number;
}

/**
 * The lines of a one-page summary, one per competency section in the packet's order. Taken from the
 * assembled (and, if asked, redacted) sections, so a redacted packet's lines are redacted too.
 */
export function onePageLines(packet: AssembledPacket): OnePageLine[] {
  return packet.competencySections.map((section) => ({
    competencyId: section.competencyId,
    name: section.name,
    strongest: section.evidence.find((item) => item.id === section.strongestEvidenceId) ?? null,
    evidenceCount: section.evidence.length,
  }));
}

/** Plain code-unit order: `YYYY-MM-DD` strings sort chronologically this way. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function evidenceOf(entry: Entry): EvidenceItem {
  return {
    id: entry.id,
    date: entry.occurredOn,
    title: entry.title,
    kind: entry.kind,
    scope: entry.scope,
    impact: entry.impact,
    metric: entry.impactMetric ? formatMetric(entry.impactMetric) : null,
    excerpt: excerptOf(entry.body),
  };
}

const attributedQuote = /^["“](.+)["”]\s*[—–]\s*(.+)$/s;
const attributedText = /^(.+?)\s+[—–]\s+([^—–]+)$/s;

/** An appendix item: the evidence, and the entry's images when `includeImages`. */
function appendixItemOf(entry: Entry, includeImages: boolean): EvidenceItem {
  const item = evidenceOf(entry);
  const images = includeImages ? (entry.attachments ?? []).filter((file) => file.mediaType.startsWith('image/')) : [];
  return images.length === 0 ? item : { ...item, images };
}

/** The quotations of one feedback entry's blockquotes, in the order they appear. */
export function extractQuotes(entry: Entry): FeedbackQuote[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  for (const line of entry.body.split(/\r?\n/)) {
    const match = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (match) {
      current ??= [];
      current.push(match[1] ?? '');
    } else if (current) {
      blocks.push(current.join(' '));
      current = null;
    }
  }
  if (current) blocks.push(current.join(' '));

  const quotes: FeedbackQuote[] = [];
  for (const block of blocks) {
    const text = block.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const match = attributedQuote.exec(text) ?? attributedText.exec(text);
    const quote = plainText(match?.[1] ?? text).replace(/^["“]|["”]$/g, '');
    const attribution = match?.[2]?.trim() ?? entry.people[0] ?? '';
    quotes.push({ quote, attribution, date: entry.occurredOn, entryTitle: entry.title });
  }
  return quotes;
}

function periodQuarterKeys(start: string, end: string): QuarterKey[] {
  const first = quarterOrdinalOfDate(start);
  const last = quarterOrdinalOfDate(end);
  if (first === null || last === null) return [];
  return quartersBetween(quarterFromOrdinal(first), quarterFromOrdinal(last));
}

function buildSections(packet: Packet, selected: readonly Entry[], framework: Framework): CompetencySection[] {
  const byCompetency = new Map<string, EvidenceItem[]>();
  const strongest = new Map<string, Entry>();
  for (const entry of selected) {
    for (const id of new Set(entry.competencies)) {
      const items = byCompetency.get(id) ?? [];
      items.push(evidenceOf(entry));
      byCompetency.set(id, items);
      const best = strongest.get(id);
      if (best === undefined || compareStrongestFirst(entry, best) < 0) strongest.set(id, entry);
    }
  }
  const sections: CompetencySection[] = [];
  const known = new Set<string>();
  const add = (competencyId: string, name: string): void => {
    const narrative = (packet.narratives[competencyId] ?? '').trim();
    const evidence = byCompetency.get(competencyId) ?? [];
    if (narrative !== '' || evidence.length > 0)
      sections.push({ competencyId, name, narrative, evidence, strongestEvidenceId: strongest.get(competencyId)?.id ?? null });
  };
  for (const competency of framework.competencies) {
    if (known.has(competency.id)) continue;
    known.add(competency.id);
    add(competency.id, competency.name);
  }
  const retired = new Set([...byCompetency.keys(), ...Object.keys(packet.narratives)].filter((id) => !known.has(id)));
  for (const id of [...retired].sort(compare)) add(id, `${id} (retired)`);
  return sections;
}

/** The packet's selected entries that exist, are not in the trash and fall inside its period, oldest first. */
export function selectedEntries(packet: Packet, entries: readonly Entry[]): Entry[] {
  const wanted = new Set(packet.entryIds);
  return entries
    .filter((entry) => wanted.has(entry.id) && isInPeriod(entry, packet.periodStart, packet.periodEnd))
    .sort((a, b) => compare(a.occurredOn, b.occurredOn) || compare(a.id, b.id));
}

/**
 * Assembles `packet` from the journal: the selected entries that exist, are not in the trash and
 * fall inside the period, grouped and ordered for printing, with every name as written. (The
 * packet builder lists the names from this; `assemblePacket` is what prints.)
 */
export function assembleUnredacted(
  packet: Packet,
  entries: readonly Entry[],
  framework: Framework,
  reviews: readonly QuarterlyReview[],
  today: string = todayLocalDate(),
): AssembledPacket {
  const { periodStart: start, periodEnd: end, options } = packet;
  const selected = selectedEntries(packet, entries);

  const quarters = periodQuarterKeys(start, end);
  const scopeRows = scopeOverTime(selected, quarters);
  const competencySections = buildSections(packet, selected, framework);
  const frameworkIds = new Set(framework.competencies.map((competency) => competency.id));
  let highestScope: ScopeLevelId | null = null;
  for (const entry of selected) if (highestScope === null || scopeRank(entry.scope) > scopeRank(highestScope)) highestScope = entry.scope;

  const firstOrdinal = quarters[0] ? quarterOrdinal(quarters[0]) : 0;
  const lastQuarter = quarters[quarters.length - 1];
  const lastOrdinal = lastQuarter ? quarterOrdinal(lastQuarter) : -1;
  const assembled: AssembledPacket = {
    title: packet.title,
    authorName: packet.authorName,
    currentRole: packet.currentRole,
    targetRole: packet.targetRole,
    period: { start, end },
    generatedOn: today,
    figures: {
      entryCount: selected.length,
      highestScope,
      competenciesCovered: competencySections.filter((section) => frameworkIds.has(section.competencyId) && section.evidence.length > 0)
        .length,
      competencyCount: frameworkIds.size,
      quartersCovered: scopeRows.filter((row) => row.total > 0).length,
    },
    scopeRows,
    competencySections,
    highlights: selected
      .filter((entry) => entry.starred)
      .sort((a, b) => scopeRank(b.scope) - scopeRank(a.scope) || compareNewestFirst(a, b))
      .map(evidenceOf),
    feedback: selected.filter((entry) => entry.kind === 'feedback').flatMap(extractQuotes),
    reviews: options.includeReviews
      ? reviews
          .filter((review) => isQuarterKey(review.quarter) && review.summary.trim() !== '')
          .filter((review) => {
            const ordinal = quarterOrdinal(review.quarter);
            return ordinal >= firstOrdinal && ordinal <= lastOrdinal;
          })
          .sort((a, b) => quarterOrdinal(a.quarter) - quarterOrdinal(b.quarter))
          .map((review) => ({ quarter: review.quarter, label: quarterLabel(review.quarter), summary: review.summary.trim() }))
      : [],
    appendix: options.includeAppendix ? selected.map((entry) => appendixItemOf(entry, options.includeImages === true)) : [],
    summary: packet.summary,
    onePage: options.onePage === true,
  };
  return assembled;
}

/**
 * `packet` assembled for printing and exporting (see `assembleUnredacted`). With `redactPeople`,
 * every name ticked in "Names to redact" is replaced (`redaction.ts` says by what); the People
 * fields of the whole journal count, since a chosen entry can name someone listed only on
 * another. The author's own name stays.
 */
export function assemblePacket(
  packet: Packet,
  entries: readonly Entry[],
  framework: Framework,
  reviews: readonly QuarterlyReview[],
  today: string = todayLocalDate(),
): AssembledPacket {
  const assembled = assembleUnredacted(packet, entries, framework, reviews, today);
  if (!packet.options.redactPeople) return assembled;
  return redactTickedNames(assembled, listPacketNames(assembled, collectPeopleNames(entries), packet.redaction, packet.authorName));
}
