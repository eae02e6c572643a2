import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { assemblePacket, type AssembledPacket } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import { newPacket } from '../../../../src-renderer/src/domain/packet/packet';
import { markdownBlocks, packetToDocx, scopeChartDescription } from '../../../../src-renderer/src/domain/packet/packetDocx';
import type { Entry, Packet } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

const today = '2026-11-21';

// A whole 1×1 PNG: the chart's pixels are drawn by the page (scopeChartPng.ts); here only its place matters.
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
);
const chart = { png: onePixelPng, width: 600, height: 300 };

const entries: Entry[] = [
  makeEntry({
    id: 'a',
    occurredOn: '2026-03-10',
    title: 'Led the payments migration with Priya Raman',
    scope: 'department',
    competencies: ['architectural-judgment', 'owning-the-outcome'],
    people: ['Priya Raman'],
    impact: 'Zero downtime',
    body: 'Paired with Priya on the cut-over plan.',
    starred: true,
  }),
  makeEntry({
    id: 'b',
    occurredOn: '2026-07-02',
    title: 'Mentored Jonas Berg through his first on-call',
    scope: 'team',
    competencies: ['mentoring'],
    people: ['Jonas Berg'],
  }),
];

function packetWith(options: Partial<Packet['options']>, overrides: Partial<Packet> = {}): Packet {
  return {
    ...newPacket(new Date('2026-11-21T09:00:00.000Z'), today),
    title: 'Case for Staff Engineer',
    authorName: 'Maya Okafor',
    currentRole: 'Senior Engineer',
    targetRole: 'Staff Engineer',
    periodStart: '2025-11-22',
    periodEnd: today,
    entryIds: entries.map((entry) => entry.id),
    narratives: {
      'architectural-judgment': 'Chose the **strangler** pattern after talking to Priya Raman.\n\n- kept both paths\n- measured',
    },
    summary: 'A year of widening scope.',
    options: { redactPeople: false, includeAppendix: true, includeReviews: false, pageSize: 'A4', ...options },
    ...overrides,
  };
}

function assembled(packet: Packet): AssembledPacket {
  return assemblePacket(packet, entries, defaultFramework, [], today);
}

/** The DOCX's parts, by path. */
async function partsOf(packet: AssembledPacket, pageSize: 'A4' | 'Letter' = 'A4', withChart = true): Promise<Record<string, Uint8Array>> {
  return unzipSync(await packetToDocx(packet, { pageSize, chart: withChart ? chart : null }));
}

/** The paragraph style of every paragraph whose text is `text`. */
function stylesOf(documentXml: string, text: string): string[] {
  const styles: string[] = [];
  for (const paragraph of documentXml.match(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs) ?? []) {
    const texts = [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    if (texts === text) styles.push(/<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? 'Normal');
  }
  return styles;
}

describe('packetToDocx', () => {
  it('makes real headings: the title, the summary, each section and each competency, with outline levels', async () => {
    const packet = assembled(packetWith({}));
    const documentXml = strFromU8((await partsOf(packet))['word/document.xml'] ?? new Uint8Array());
    expect(stylesOf(documentXml, 'Case for Staff Engineer')).toEqual(['Title']);
    for (const heading of ['Summary', 'Evidence by competency', 'Highlights', 'Appendix: all evidence'])
      expect(stylesOf(documentXml, heading), heading).toEqual(['Heading1']);
    expect(stylesOf(documentXml, 'Scope over time')).toEqual(['Heading2']);
    expect(packet.competencySections.map((section) => section.name)).toEqual([
      'Architectural judgment',
      'Mentoring and growing others',
      'Owning the outcome',
    ]);
    for (const section of packet.competencySections) expect(stylesOf(documentXml, section.name), section.name).toEqual(['Heading2']);
    // Word's navigation pane follows outline levels: 0 for sections, 1 for competencies.
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:outlineLvl w:val="0"\/>/s);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?<w:outlineLvl w:val="1"\/>/s);
    // The narrative's Markdown: emphasis gone, its list a bulleted list.
    expect(documentXml).toContain('Chose the strangler pattern after talking to Priya Raman.');
    expect(documentXml).not.toContain('**');
  });

  it('lists evidence as bullets and embeds the chart as a PNG picture with alternative text', async () => {
    const packet = assembled(packetWith({}));
    const parts = await partsOf(packet);
    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    const bullets = documentXml.match(/<w:p>(?:(?!<\/w:p>).)*<w:numPr>(?:(?!<\/w:p>).)*<\/w:p>/gs) ?? [];
    expect(bullets.some((bullet) => bullet.includes('Led the payments migration with Priya Raman'))).toBe(true);
    expect(bullets.some((bullet) => bullet.includes('Impact: Zero downtime'))).toBe(true);

    const media = Object.keys(parts).filter((path) => /^word\/media\/[^/]+\.png$/.test(path));
    expect(media).toHaveLength(1);
    expect(parts[media[0] ?? '']).toEqual(onePixelPng);
    const relationships = strFromU8(parts['word/_rels/document.xml.rels'] ?? new Uint8Array());
    const relationship = /<Relationship Id="([^"]+)" Type="[^"]+\/image" Target="media\/[^"]+\.png"\/>/.exec(relationships);
    expect(relationship).not.toBeNull();
    expect(documentXml).toContain(`r:embed="${relationship?.[1] ?? ''}"`);
    expect(documentXml).toMatch(/<wp:docPr [^>]*descr="Scope over time, entries per quarter/);
    // 600 × 300 CSS pixels in EMUs (9525 to the pixel).
    expect(documentXml).toContain('<wp:extent cx="5715000" cy="2857500"/>');
  });

  it('numbers the pages in the footer and carries the title and author in the properties', async () => {
    const parts = await partsOf(assembled(packetWith({})));
    const footers = Object.keys(parts).filter((path) => /^word\/footer\d+\.xml$/.test(path));
    expect(footers.length).toBeGreaterThan(0);
    const footerXml = footers.map((path) => strFromU8(parts[path] ?? new Uint8Array())).join('');
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footerXml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const core = strFromU8(parts['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:title>Case for Staff Engineer</dc:title>');
    expect(core).toContain('<dc:creator>Maya Okafor</dc:creator>');
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('has no author rather than a made-up one when "Your name" is empty, and lays out Letter pages', async () => {
    const parts = await partsOf(assembled(packetWith({ pageSize: 'Letter' }, { authorName: '', title: '' })), 'Letter');
    const core = strFromU8(parts['docProps/core.xml'] ?? new Uint8Array());
    expect(core).not.toContain('<dc:creator>');
    expect(core).toContain('<dc:title>Promotion packet</dc:title>');
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });

  it('names nobody but the author when people are redacted', async () => {
    const plain = strFromU8((await partsOf(assembled(packetWith({}))))['word/document.xml'] ?? new Uint8Array());
    expect(plain).toContain('Priya');
    expect(plain).toContain('Jonas Berg');
    const parts = await partsOf(assembled(packetWith({ redactPeople: true })));
    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    for (const name of ['Priya', 'Raman', 'Jonas', 'Berg']) expect(documentXml).not.toContain(name);
    expect(documentXml).toContain('Maya Okafor');
    expect(documentXml).toContain('a colleague');
    expect(strFromU8(parts['docProps/core.xml'] ?? new Uint8Array())).not.toMatch(/Priya|Jonas/);
  });

  it('keeps the document valid when user text holds characters XML cannot', async () => {
    const hostile = assembled(
      packetWith({}, { title: 'Case\u0001 for\u0008 Staff\uFFFE', summary: 'Bad \u000B text \uD800 here: 2 < 3 & "quotes"' }),
    );
    const documentXml = strFromU8((await partsOf(hostile))['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).not.toMatch(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u);
    expect(documentXml).toContain('Bad text here: 2 &lt; 3 &amp; &quot;quotes&quot;');
    expect(new DOMParser().parseFromString(documentXml, 'application/xml').querySelector('parsererror')).toBeNull();
  });

  it('leaves the picture out, but not its caption, when no chart could be drawn', async () => {
    const parts = await partsOf(assembled(packetWith({})), 'A4', false);
    expect(Object.keys(parts).some((path) => path.startsWith('word/media/'))).toBe(false);
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain('Scope over time, entries per quarter');
  });
});

describe('markdownBlocks', () => {
  it('keeps paragraphs and list items, and turns headings into plain paragraphs', () => {
    expect(markdownBlocks('# Why\nFirst *line*\nsame paragraph\n\n- one\n2. two\n> quoted')).toEqual([
      { kind: 'paragraph', text: 'Why' },
      { kind: 'paragraph', text: 'First line same paragraph' },
      { kind: 'bullet', text: 'one' },
      { kind: 'bullet', text: 'two' },
      { kind: 'paragraph', text: 'quoted' },
    ]);
  });
});

describe('scopeChartDescription', () => {
  it('says what the chart shows: its span, total and widest scope', () => {
    expect(scopeChartDescription(assembled(packetWith({})))).toBe(
      'Scope over time, entries per quarter stacked from Self to Industry, Q4 2025 to Q4 2026: 2 entries; widest scope reached: Department, first in Q1 2026. Q1 2026: 1 (up to Department), Q3 2026: 1 (up to Team).',
    );
  });
});
