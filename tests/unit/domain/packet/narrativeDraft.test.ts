import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import {
  applyDrafts,
  bodySentences,
  draftNarrative,
  draftNarratives,
  evidenceParagraph,
  inFirstPerson,
  isActionSentence,
  isNarrativeEdited,
  scopeTrajectory,
} from '../../../../src-renderer/src/domain/packet/narrativeDraft';
import { duplicatePacket, newPacket } from '../../../../src-renderer/src/domain/packet/packet';
import { createSampleJournal } from '../../../../src-renderer/src/domain/sample/sampleJournal';
import type { Entry, Packet } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

const today = '2026-06-30';
const now = new Date('2026-06-30T09:00:00.000Z');

function packetOf(entries: readonly Entry[], changes: Partial<Packet> = {}): Packet {
  return { ...newPacket(now, today), entryIds: entries.map((entry) => entry.id), ...changes };
}

describe('the sentences a draft is taken from', () => {
  it('splits the body into sentences, leaving out headings and quotations, with list items as sentences', () => {
    const body =
      '## What happened\n\nThe queue backed up. We paged the owner.\n\n> "Great work" — Dana\n\n- p95 went from 900 ms to 300 ms\n- no alerts';
    expect(bodySentences(body)).toEqual(['The queue backed up.', 'We paged the owner.', 'p95 went from 900 ms to 300 ms', 'no alerts']);
  });

  it('tells what the user did from what happened', () => {
    expect(isActionSentence('Shipped the cache behind a flag.')).toBe(true);
    expect(isActionSentence('Wrote the refund script with Tomás.')).toBe(true);
    expect(isActionSentence('I paired with Priya.')).toBe(true);
    expect(isActionSentence('We agreed on weekly pairing.')).toBe(true);
    expect(isActionSentence('Shared the plan with three teams.')).toBe(true);
    expect(isActionSentence('Shared Redis instance near its connection limit.')).toBe(false);
    expect(isActionSentence('Pricing calls make up most of checkout latency.')).toBe(false);
    expect(isActionSentence('Indeed the queue grew.')).toBe(false);
    expect(isActionSentence('Speed mattered more than cost.')).toBe(false);
    expect(isActionSentence('We had patched the library two years ago.')).toBe(false);
  });

  it('puts an action in the first person, keeping acronyms and sentences that already have a subject', () => {
    expect(inFirstPerson('Shipped the cache.')).toBe('I shipped the cache.');
    expect(inFirstPerson('We agreed on a plan.')).toBe('We agreed on a plan.');
    expect(inFirstPerson('I led the review.')).toBe('I led the review.');
  });
});

describe('the scope trajectory', () => {
  it('runs from the widest scope of the first quarter to the widest reached, in the quarter it was first reached', () => {
    const entries = [
      makeEntry({ occurredOn: '2025-02-10', scope: 'self' }),
      makeEntry({ occurredOn: '2025-03-01', scope: 'team' }),
      makeEntry({ occurredOn: '2026-08-01', scope: 'company' }),
      makeEntry({ occurredOn: '2026-11-01', scope: 'company' }),
      makeEntry({ occurredOn: '2026-05-01', scope: 'department' }),
    ];
    expect(scopeTrajectory(entries)).toBe('My reach here grew from Team in Q1 2025 to Company in Q3 2026.');
  });

  it('says the scope held when it never widened, over the quarters the evidence spans', () => {
    expect(
      scopeTrajectory([makeEntry({ occurredOn: '2026-01-05', scope: 'team' }), makeEntry({ occurredOn: '2026-05-05', scope: 'self' })]),
    ).toBe('My work here was at Team scope from Q1 2026 to Q2 2026.');
    expect(scopeTrajectory([makeEntry({ occurredOn: '2026-02-29'.replace('2026', '2028'), scope: 'team' })])).toBe(
      'My work here was at Team scope in Q1 2028.',
    );
    expect(scopeTrajectory([])).toBeNull();
  });
});

describe('one piece of evidence', () => {
  it('reads situation, action, impact, then cites the title and date', () => {
    const entry = makeEntry({
      occurredOn: '2026-03-14',
      title: 'Cut checkout p95 latency by 40%',
      body: 'Pricing calls made up most of checkout latency. Shipped a read-through cache behind a flag. Tomás reviewed it.',
      impact: 'Checkout is faster at peak.',
      impactMetric: { name: 'p95 latency', value: -40, unit: '%' },
    });
    expect(evidenceParagraph(entry)).toBe(
      'Pricing calls made up most of checkout latency. I shipped a read-through cache behind a flag. Checkout is faster at peak. ' +
        'Measured: p95 latency \u221240%. Evidence: “Cut checkout p95 latency by 40%” (14 Mar 2026).',
    );
  });

  it('takes a decision’s choice as the action, and a feedback entry’s quotation as its impact', () => {
    const decision = makeEntry({
      kind: 'decision',
      body: 'Prices change rarely.',
      choice: 'a cache with eviction on change',
      title: 'Cache or view',
    });
    expect(evidenceParagraph(decision)).toContain('Prices change rarely. I chose a cache with eviction on change.');
    const feedback = makeEntry({
      kind: 'feedback',
      body: 'After the review.\n\n> "Clearest design doc this year" — Dana',
      title: 'Dana on the doc',
    });
    expect(evidenceParagraph(feedback)).toContain('“Clearest design doc this year” (Dana).');
  });

  it('falls back to a title that reads as an action, and to a body sentence with a figure for the impact', () => {
    const entry = makeEntry({ title: 'Halved the build time', body: 'The build took 20 minutes.', impact: '' });
    expect(evidenceParagraph(entry)).toBe(
      'The build took 20 minutes. I halved the build time. Evidence: “Halved the build time” (15 Jan 2026).',
    );
    const figure = makeEntry({ title: 'Queue work', body: 'The queue was slow. Moved it to a worker. It now drains in 4 minutes.' });
    expect(evidenceParagraph(figure)).toContain('I moved it to a worker. It now drains in 4 minutes.');
  });

  it('cuts a very long sentence at a word', () => {
    const entry = makeEntry({ body: `${'word '.repeat(120)}end.` });
    const paragraph = evidenceParagraph(entry);
    expect(paragraph.split(' Evidence:')[0]?.length).toBeLessThanOrEqual(240);
    expect(paragraph).toContain('…');
  });
});

describe('a competency’s draft', () => {
  const weak = makeEntry({ id: 'weak', occurredOn: '2026-01-02', title: 'Tidied the backlog', scope: 'team' });
  const starred = makeEntry({ id: 'starred', occurredOn: '2026-02-02', title: 'Led the incident review', scope: 'team', starred: true });
  const wide = makeEntry({ id: 'wide', occurredOn: '2026-04-20', title: 'Wrote the company API guide', scope: 'company' });
  const measured = makeEntry({
    id: 'measured',
    occurredOn: '2026-04-02',
    title: 'Sped up search',
    scope: 'team',
    impactMetric: { name: 'search p95', value: -30, unit: '%' },
  });
  const plain = makeEntry({ id: 'plain', occurredOn: '2026-05-02', title: 'Reviewed designs', scope: 'department' });

  it('tells the strongest three first (starred, widest scope), swaps in measured evidence when they have no figure, and cites the rest', () => {
    const draft = draftNarrative([weak, starred, wide, measured, plain]);
    const paragraphs = draft.split('\n\n');
    expect(paragraphs[0]).toBe('My reach here grew from Team in Q1 2026 to Company in Q2 2026.');
    expect(paragraphs[1]).toContain('“Led the incident review”');
    expect(paragraphs[2]).toContain('“Wrote the company API guide”');
    expect(paragraphs[3]).toContain('search p95 \u221230%');
    expect(paragraphs[4]).toBe('Further evidence: “Reviewed designs” (2 May 2026); “Tidied the backlog” (2 Jan 2026).');
  });

  it('is empty without evidence', () => {
    expect(draftNarrative([])).toBe('');
  });

  it('drafts from the packet’s selected entries in the period only, outside the trash', () => {
    const inPeriod = makeEntry({ occurredOn: '2026-03-01', competencies: ['mentoring'], title: 'Paired with Priya' });
    const trashed = makeEntry({
      occurredOn: '2026-03-02',
      competencies: ['mentoring'],
      title: 'Trashed',
      deletedAt: '2026-04-01T00:00:00.000Z',
    });
    const before = makeEntry({ occurredOn: '2024-03-02', competencies: ['systems-thinking'], title: 'Too early' });
    const unselected = makeEntry({ occurredOn: '2026-03-03', competencies: ['business-context'], title: 'Not chosen' });
    const drafts = draftNarratives(packetOf([inPeriod, trashed, before]), [inPeriod, trashed, before, unselected]);
    expect(Object.keys(drafts)).toEqual(['mentoring']);
    expect(drafts.mentoring).toContain('“Paired with Priya”');
    expect(drafts.mentoring).not.toContain('Trashed');
  });

  it('drafts every competency of the sample journal’s suggested packet, each naming a title and a figure', () => {
    const entries = createSampleJournal(today);
    const packet = newPacket(now, today, entries);
    const drafts = draftNarratives(packet, entries);
    expect(Object.keys(drafts).length).toBeGreaterThan(5);
    for (const draft of Object.values(drafts)) {
      expect(draft).toMatch(/^My (reach|work) here /);
      expect(draft).toMatch(/“[^”]+” \(\d{1,2} \w+ \d{4}\)/);
    }
  });
});

describe('putting drafts into a packet', () => {
  const drafts = { mentoring: 'Draft about mentoring.', 'systems-thinking': 'Draft about systems.' };

  it('fills empty and unedited narratives, and never overwrites one the user edited', () => {
    const first = applyDrafts(packetOf([]), drafts, defaultFramework);
    expect(first.drafted).toEqual(['mentoring', 'systems-thinking'].sort((a, b) => order(a) - order(b)));
    const edited: Packet = {
      ...packetOf([]),
      narratives: { ...first.narratives, mentoring: 'My own words.' },
      draftedNarratives: first.draftedNarratives,
    };
    expect(isNarrativeEdited(edited, 'mentoring')).toBe(true);
    expect(isNarrativeEdited(edited, 'systems-thinking')).toBe(false);
    const second = applyDrafts(edited, { mentoring: 'New mentoring draft.', 'systems-thinking': 'New systems draft.' }, defaultFramework);
    expect(second.kept).toEqual(['mentoring']);
    expect(second.narratives.mentoring).toBe('My own words.');
    expect(second.narratives['systems-thinking']).toBe('New systems draft.');
  });

  it('counts text written before any draft as the user’s own, and a cleared narrative as free to draft', () => {
    const written = packetOf([], { narratives: { mentoring: 'Written by hand.' } });
    expect(applyDrafts(written, drafts, defaultFramework).kept).toEqual(['mentoring']);
    const cleared = packetOf([], { narratives: { mentoring: '' }, draftedNarratives: { mentoring: 'Old draft.' } });
    expect(applyDrafts(cleared, drafts, defaultFramework).narratives.mentoring).toBe('Draft about mentoring.');
  });

  it('keeps what was drafted when a packet is duplicated', () => {
    const packet = packetOf([], { narratives: { mentoring: 'A' }, draftedNarratives: { mentoring: 'A' } });
    const copy = duplicatePacket(packet, now);
    expect(isNarrativeEdited(copy, 'mentoring')).toBe(false);
    expect(copy.draftedNarratives).not.toBe(packet.draftedNarratives);
  });
});

function order(id: string): number {
  return defaultFramework.competencies.findIndex((competency) => competency.id === id);
}
