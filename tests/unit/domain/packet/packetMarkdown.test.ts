import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { assemblePacket } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import type { AssembledPacket } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import { newPacket } from '../../../../src-renderer/src/domain/packet/packet';
import { packetToMarkdown } from '../../../../src-renderer/src/domain/packet/packetMarkdown';
import { createSampleJournal, sampleEngineerName, samplePeople } from '../../../../src-renderer/src/domain/sample/sampleJournal';
import type { Packet, QuarterlyReview } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

const today = '2026-11-21';

function samplePacket(redactPeople: boolean): AssembledPacket {
  const entries = createSampleJournal(today);
  const packet: Packet = {
    ...newPacket(new Date('2026-11-21T09:00:00.000Z'), today),
    title: 'Case for Staff Engineer',
    authorName: sampleEngineerName,
    currentRole: 'Senior Engineer',
    targetRole: 'Staff Engineer',
    periodStart: '2024-11-22',
    periodEnd: today,
    entryIds: entries.map((entry) => entry.id),
    summary: 'Two years of widening scope.',
    options: { redactPeople, includeAppendix: true, includeReviews: true, pageSize: 'A4' },
  };
  const reviews: QuarterlyReview[] = [
    { id: 'r', quarter: '2026-Q2', answers: {}, ratings: {}, summary: 'Led the council with Lena.', createdAt: '', updatedAt: '' },
  ];
  return assemblePacket(packet, entries, defaultFramework, reviews, today);
}

describe('packetToMarkdown', () => {
  it('writes the cover, figures, scope table and every section', () => {
    const markdown = packetToMarkdown(samplePacket(false));
    expect(markdown.startsWith('# Case for Staff Engineer\n\n**Maya Okafor** · Senior Engineer → Staff Engineer\n')).toBe(true);
    expect(markdown).toContain('Period: 22 Nov 2024 – 21 Nov 2026');
    expect(markdown).toContain('- Competencies with evidence: 11 of 11');
    expect(markdown).toContain('| Quarter | Self | Team | Department | Company | Industry | Highest |');
    expect(markdown).toMatch(/^\| Q3 2026 \| \d+ \| \d+ \| \d+ \| \d+ \| [1-9]\d* \| Industry \|$/m);
    for (const competency of defaultFramework.competencies) expect(markdown).toContain(`\n### ${competency.name}\n`);
    for (const heading of [
      'Summary',
      'At a glance',
      'Scope over time',
      'Evidence by competency',
      'Highlights',
      'Feedback',
      'Quarterly reviews',
      'Appendix: all evidence',
    ]) {
      expect(markdown).toContain(`\n## ${heading}\n`);
    }
    expect(markdown).toContain('Cut checkout p95 latency by 40% with read-through cache (Team) — Checkout is noticeably faster');
    expect(markdown).toMatch(/^> — Daniel Reyes, \d+ \w+ 20\d\d \(/m);
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/\n\n\n/);
  });

  it('names nobody but the author when people are redacted', () => {
    const markdown = packetToMarkdown(samplePacket(true));
    const words = samplePeople.flatMap((name) => [name, name.split(' ')[0] ?? name]);
    expect(markdown).not.toMatch(new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'u'));
    expect(markdown).toContain('**Maya Okafor**');
    for (const competency of defaultFramework.competencies) expect(markdown).toContain(`\n### ${competency.name}\n`);
  });

  it('escapes user text that would break headings, lists or tables', () => {
    const entry = makeEntry({
      id: 'x',
      occurredOn: '2026-03-01',
      title: '# Not | a heading',
      impact: '- not a list *item*',
      competencies: ['mentoring'],
      body: '1. first',
    });
    const packet: Packet = {
      ...newPacket(new Date('2026-06-30T09:00:00.000Z'), '2026-06-30'),
      title: '#hashtag title',
      entryIds: ['x'],
      narratives: { mentoring: 'Intro\n# Sneaky heading\n---\n**bold** stays' },
    };
    const markdown = packetToMarkdown(assemblePacket(packet, [entry], defaultFramework, [], '2026-06-30'));
    expect(markdown.startsWith('# \\#hashtag title\n')).toBe(true);
    expect(markdown).toContain('— \\# Not \\| a heading (Team) — \\- not a list \\*item\\*');
    expect(markdown).toContain('Intro\n\\# Sneaky heading\n\\---\n**bold** stays');
    expect(markdown).not.toMatch(/^# Sneaky/m);
    expect(markdown).toContain('### 1 Mar 2026 — \\# Not \\| a heading');
  });

  it('leaves out empty sections', () => {
    const packet: Packet = { ...newPacket(new Date('2026-06-30T09:00:00.000Z'), '2026-06-30') };
    const markdown = packetToMarkdown(assemblePacket(packet, [], defaultFramework, [], '2026-06-30'));
    expect(markdown).toContain('## At a glance');
    expect(markdown).toContain('## Scope over time');
    expect(markdown).not.toContain('## Evidence by competency');
    expect(markdown).not.toContain('## Highlights');
    expect(markdown).not.toContain('## Feedback');
    expect(markdown).not.toContain('## Appendix');
  });
});
