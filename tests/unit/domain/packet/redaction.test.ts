import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { assemblePacket } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import { newPacket } from '../../../../src-renderer/src/domain/packet/packet';
import { collectPeopleNames, redactPacket, redactText } from '../../../../src-renderer/src/domain/packet/redaction';
import { createSampleJournal, sampleEngineerName, samplePeople } from '../../../../src-renderer/src/domain/sample/sampleJournal';
import type { Entry, Packet } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

const names = ['Priya Raman', 'Tomás Silva', 'Grace Liu'];

/** Every colleague's full name and first name, as whole words. */
function nameMatcher(people: readonly string[]): RegExp {
  const words = people.flatMap((name) => [name, name.split(' ')[0] ?? name]);
  return new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'u');
}

function redactedSample(overrides: Partial<Packet> = {}): { entries: Entry[]; json: string } {
  const today = '2026-11-21';
  const entries = createSampleJournal(today);
  const packet: Packet = {
    ...newPacket(new Date('2026-11-21T09:00:00.000Z'), today),
    periodStart: '2024-11-01',
    periodEnd: today,
    entryIds: entries.map((entry) => entry.id),
    narratives: { mentoring: 'Priya and Aiko both lead on-call now.' },
    summary: 'Thanks to Daniel Reyes for the sponsorship.',
    options: { redactPeople: true, includeAppendix: true, includeReviews: true, pageSize: 'A4' },
    ...overrides,
  };
  return { entries, json: JSON.stringify(assemblePacket(packet, entries, defaultFramework, [], today)) };
}

describe('collectPeopleNames', () => {
  it('gathers people and blockquote attributions once each', () => {
    const entries = [
      makeEntry({ people: ['Priya Raman', 'Tomás Silva'] }),
      makeEntry({ people: ['Priya Raman'], body: '> "Great work." — Oliver Grant\n\nText – with a dash — not a name here' }),
    ];
    expect(collectPeopleNames(entries)).toEqual(['Priya Raman', 'Tomás Silva', 'Oliver Grant']);
  });

  it('finds all twelve colleagues of the sample journal', () => {
    expect(new Set(collectPeopleNames(createSampleJournal('2026-11-21')))).toEqual(new Set(samplePeople));
  });
});

describe('redactText', () => {
  it('replaces full names, first names and possessives of one person by "a colleague"', () => {
    expect(redactText('Paired with Priya Raman on the fix; Priya wrote the test.', names)).toBe(
      'Paired with a colleague on the fix; a colleague wrote the test.',
    );
    expect(redactText("Reviewed Priya's first feature.", names)).toBe("Reviewed a colleague's first feature.");
    expect(redactText('Tomás’s review', names)).toBe('A colleague’s review');
  });

  it('tells two or more people apart as Colleague A, B, C, in the order they appear', () => {
    expect(redactText('Paired with Priya Raman and Tomás on the fix.', names)).toBe('Paired with Colleague A and Colleague B on the fix.');
    expect(redactText('Grace helped. Priya too.\nTomás agreed, and so did Grace.', names)).toBe(
      'Colleague A helped. Colleague B too.\nColleague C agreed, and so did Colleague A.',
    );
  });

  it('capitalises "a colleague" at the start of a sentence or a line', () => {
    expect(redactText('It shipped. Grace helped.\nGrace agreed.', names)).toBe('It shipped. A colleague helped.\nA colleague agreed.');
  });

  it('matches whole words only and is case-sensitive', () => {
    const text = 'A Graceful fallback, graceful degradation, Gracelyn, Tomász, and grace under pressure.';
    expect(redactText(text, names)).toBe(text);
    expect(redactText('Priyanka met Priya.', names)).toBe('Priyanka met a colleague.');
  });

  it('finds names written with decomposed accents', () => {
    expect(redactText('Asked Toma\u0301s.', names)).toBe('Asked a colleague.');
  });

  it('leaves text alone when there are no names', () => {
    expect(redactText('Priya', [])).toBe('Priya');
  });
});

describe('redactPacket', () => {
  it('removes every colleague of the sample journal from every field', () => {
    const { json } = redactedSample({ authorName: sampleEngineerName });
    expect(json).not.toMatch(nameMatcher(samplePeople));
    expect(json).toContain('a colleague');
  });

  it('keeps the author on the cover, even when the author appears among the people', () => {
    const { entries } = redactedSample();
    const packet: Packet = {
      ...newPacket(new Date('2026-11-21T09:00:00.000Z'), '2026-11-21'),
      authorName: 'Priya Raman',
      entryIds: entries.slice(0, 5).map((entry) => entry.id),
      options: { redactPeople: true, includeAppendix: true, includeReviews: true, pageSize: 'A4' },
    };
    expect(assemblePacket(packet, entries, defaultFramework, []).authorName).toBe('Priya Raman');
  });

  it('turns every attribution into "a colleague" and leaves unredacted packets untouched', () => {
    const entry = makeEntry({
      kind: 'feedback',
      occurredOn: '2026-03-01',
      title: 'Grace on the business case',
      people: ['Grace Liu'],
      body: '> "Graceful numbers, Grace would say." — Grace Liu',
    });
    const packet: Packet = {
      ...newPacket(new Date('2026-06-30T09:00:00.000Z'), '2026-06-30'),
      entryIds: [entry.id],
      options: { redactPeople: true, includeAppendix: true, includeReviews: true, pageSize: 'A4' },
    };
    const redacted = assemblePacket(packet, [entry], defaultFramework, []);
    expect(redacted.feedback).toEqual([
      {
        quote: 'Graceful numbers, a colleague would say.',
        attribution: 'a colleague',
        date: '2026-03-01',
        entryTitle: 'A colleague on the business case',
      },
    ]);
    const plain = assemblePacket({ ...packet, options: { ...packet.options, redactPeople: false } }, [entry], defaultFramework, []);
    expect(plain.feedback[0]?.attribution).toBe('Grace Liu');
    expect(redactPacket(plain, []).feedback[0]?.quote).toBe('Graceful numbers, Grace would say.');
  });
});
