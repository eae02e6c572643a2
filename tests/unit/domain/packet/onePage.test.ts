import { describe, expect, it } from 'vitest';
import { assemblePacket, onePageLines } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import { newPacket } from '../../../../src-renderer/src/domain/packet/packet';
import { packetToMarkdown } from '../../../../src-renderer/src/domain/packet/packetMarkdown';
import type { Entry, Framework, Packet } from '../../../../src-renderer/src/domain/types';
import { onePageWidth, onePageZoom } from '../../../../src-renderer/src/features/packet/onePageFit';
import { makeEntry } from '../../entryFactory';

const today = '2026-06-30';

const framework: Framework = {
  id: 'test',
  name: 'Test framework',
  updatedAt: '2026-01-01T00:00:00.000Z',
  competencies: ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((id) => ({
    id,
    name: id[0]?.toUpperCase() + id.slice(1),
    description: '',
    behaviours: [],
    prompts: [],
  })),
};

/** One competency per rule of "strongest": each pair differs in one rule only. */
const entries: Entry[] = [
  // Alpha: starred beats a wider scope.
  makeEntry({ id: 'a-wide', title: 'Company-wide migration', occurredOn: '2026-02-01', scope: 'company', competencies: ['alpha'] }),
  makeEntry({
    id: 'a-starred',
    title: 'Starred team fix',
    occurredOn: '2026-01-10',
    scope: 'team',
    starred: true,
    competencies: ['alpha'],
  }),
  // Beta: a wider scope beats a measured impact.
  makeEntry({
    id: 'b-measured',
    title: 'Measured team win',
    occurredOn: '2026-03-01',
    scope: 'team',
    impactMetric: { name: 'build time', value: -50, unit: '%' },
    competencies: ['beta'],
  }),
  makeEntry({ id: 'b-department', title: 'Department rollout', occurredOn: '2026-02-15', scope: 'department', competencies: ['beta'] }),
  // Gamma: a measured impact beats an impact in words, at the same scope.
  makeEntry({
    id: 'g-worded',
    title: 'Worded impact',
    occurredOn: '2026-04-02',
    scope: 'team',
    impact: 'Faster builds',
    competencies: ['gamma'],
  }),
  makeEntry({
    id: 'g-measured',
    title: 'Measured impact',
    occurredOn: '2026-04-01',
    scope: 'team',
    impactMetric: { name: 'p95 latency', value: -40, unit: '%' },
    competencies: ['gamma'],
  }),
  // Delta: otherwise the newest.
  makeEntry({ id: 'd-old', title: 'Older plain', occurredOn: '2026-01-05', scope: 'team', competencies: ['delta'] }),
  makeEntry({ id: 'd-new', title: 'Newer plain', occurredOn: '2026-05-05', scope: 'team', competencies: ['delta'] }),
];

function packetWith(options: Partial<Packet['options']>, overrides: Partial<Packet> = {}): Packet {
  const packet = newPacket(new Date(`${today}T09:00:00.000Z`), today);
  return {
    ...packet,
    title: 'Case for Staff',
    periodStart: '2026-01-01',
    periodEnd: today,
    entryIds: entries.map((entry) => entry.id),
    narratives: { epsilon: 'A narrative with no evidence yet.' },
    summary: 'One paragraph of the case.',
    options: { ...packet.options, ...options },
    ...overrides,
  };
}

describe('a one-page summary’s line per competency', () => {
  it('picks each competency’s strongest evidence: starred, then widest scope, then measured impact, then newest', () => {
    const assembled = assemblePacket(packetWith({ onePage: true }), entries, framework, [], today);
    expect(assembled.onePage).toBe(true);
    expect(onePageLines(assembled).map((line) => [line.name, line.strongest?.id ?? null, line.evidenceCount])).toEqual([
      ['Alpha', 'a-starred', 2],
      ['Beta', 'b-department', 2],
      ['Gamma', 'g-measured', 2],
      ['Delta', 'd-new', 2],
      // A competency with a narrative and no evidence keeps its line, with nothing to cite.
      ['Epsilon', null, 0],
    ]);
    // The full packet's sections still read oldest first.
    expect(assembled.competencySections[0]?.evidence.map((item) => item.id)).toEqual(['a-starred', 'a-wide']);
  });

  it('is off for a packet saved before the option existed, and when unticked', () => {
    const older = packetWith({});
    delete older.options.onePage;
    expect(assemblePacket(older, entries, framework, [], today).onePage).toBe(false);
    expect(assemblePacket(packetWith({ onePage: false }), entries, framework, [], today).onePage).toBe(false);
    expect(newPacket(new Date(`${today}T09:00:00.000Z`), today).options.onePage).toBe(false);
  });

  it('is redacted with the packet when "Redact people" is on', () => {
    const named = [
      makeEntry({
        id: 'named',
        title: 'Paired with Priya Raman on the outage',
        occurredOn: '2026-03-03',
        scope: 'company',
        starred: true,
        people: ['Priya Raman'],
        impact: 'Priya now leads incident review',
        competencies: ['alpha'],
      }),
      ...entries,
    ];
    const packet = packetWith({ onePage: true, redactPeople: true }, { entryIds: named.map((entry) => entry.id) });
    const [alpha] = onePageLines(assemblePacket(packet, named, framework, [], today));
    expect(alpha?.strongest?.id).toBe('named');
    expect(alpha?.strongest?.title).toBe('Paired with a colleague on the outage');
    expect(JSON.stringify(alpha)).not.toMatch(/Priya|Raman/);
    const markdown = packetToMarkdown(assemblePacket(packet, named, framework, [], today));
    expect(markdown).toContain('Paired with a colleague on the outage');
    expect(markdown).not.toMatch(/Priya|Raman/);
  });
});

describe('the Markdown of a one-page summary', () => {
  it('has the summary, figures, scope table and one line per competency, and none of the full packet’s sections', () => {
    const markdown = packetToMarkdown(assemblePacket(packetWith({ onePage: true }), entries, framework, [], today));
    expect(markdown).toContain('# Case for Staff');
    expect(markdown).toContain('## Summary\n\nOne paragraph of the case.');
    expect(markdown).toContain('## At a glance');
    expect(markdown).toContain('## Scope over time');
    const lines = markdown.split('\n').filter((line) => line.startsWith('- **'));
    expect(lines).toEqual([
      expect.stringMatching(/^- \*\*Alpha\*\*: \d+ \w+ 2026 — Starred team fix \(Team\) \(1 of 2\)$/),
      expect.stringMatching(/^- \*\*Beta\*\*: .*Department rollout \(Department\) \(1 of 2\)$/),
      expect.stringMatching(/^- \*\*Gamma\*\*: .*Measured impact \(Team\) — p95 latency/),
      expect.stringMatching(/^- \*\*Delta\*\*: .*Newer plain/),
      '- **Epsilon**: No evidence selected.',
    ]);
    for (const left of ['## Evidence by competency', '## Highlights', '## Appendix', 'A narrative with no evidence yet.']) {
      expect(markdown).not.toContain(left);
    }
    // The same packet without the option is the whole document.
    const full = packetToMarkdown(assemblePacket(packetWith({ onePage: false }), entries, framework, [], today));
    expect(full).toContain('## Evidence by competency');
    expect(full).toContain('## Appendix: all evidence');
    expect(full).not.toContain('## Strongest evidence by competency');
  });
});

describe('fitting a one-page summary to the page', () => {
  it('leaves a summary that fits as it is and scales a taller one to below the printable height', () => {
    // A4's printable height with the widest margins: 263 mm, about 994 CSS pixels.
    expect(onePageZoom(900, 'A4')).toBe(1);
    const zoom = onePageZoom(2000, 'A4');
    expect(zoom).toBeLessThan(1);
    expect(2000 * zoom).toBeLessThan(263 * (96 / 25.4));
    expect(2000 * zoom).toBeGreaterThan(0.95 * 263 * (96 / 25.4));
    // Letter is shorter: the same height fits A4 but not Letter.
    expect(onePageZoom(960, 'A4')).toBe(1);
    expect(onePageZoom(960, 'Letter')).toBeLessThan(1);
    expect(onePageWidth('A4')).toBe('180mm');
  });
});
