import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { assemblePacket, assembleUnredacted } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import { newPacket } from '../../../../src-renderer/src/domain/packet/packet';
import { packetToMarkdown } from '../../../../src-renderer/src/domain/packet/packetMarkdown';
import { addName, listPacketNames, setNameTicked } from '../../../../src-renderer/src/domain/packet/packetNames';
import type { Entry, Packet, PacketRedaction } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

const today = '2026-06-30';

/** Entries whose bodies name people who are in no People field. */
const entries: Entry[] = [
  makeEntry({
    id: 'rollout',
    occurredOn: '2026-03-02',
    title: 'Payments rollout',
    competencies: ['mentoring'],
    body: 'Paired with Dana Whitfield on the rollout. Dana wrote the runbook; Kwabena Oyelaran reviewed it.',
    people: [],
  }),
  makeEntry({
    id: 'incident',
    occurredOn: '2026-04-10',
    title: 'Incident review with Dana',
    competencies: ['mentoring'],
    impact: 'Dana’s timeline is now the template.',
    body: 'Ran the review on Friday. We moved the Kubernetes alerts into Grafana. Will we keep the grace period? Mark the ticket.',
    people: [],
  }),
  makeEntry({
    id: 'feedback',
    occurredOn: '2026-05-01',
    kind: 'feedback',
    title: 'Feedback after the launch',
    competencies: ['mentoring'],
    body: '> "Dana and Kwabena trusted the plan because it was written down." — Priya Raman',
    people: [],
  }),
];

function packetWith(changes: Partial<Packet> = {}): Packet {
  return {
    ...newPacket(new Date(`${today}T09:00:00.000Z`), today),
    title: 'Case for Staff',
    authorName: 'Maya Okafor',
    periodStart: '2026-01-01',
    periodEnd: today,
    entryIds: entries.map((entry) => entry.id),
    narratives: { mentoring: 'Coached Kwabena through his first incident; Maya Okafor wrote this.' },
    summary: 'A year with the payments team.',
    options: { redactPeople: true, includeAppendix: true, includeReviews: true, pageSize: 'A4' },
    ...changes,
  };
}

function names(redaction?: PacketRedaction) {
  const packet = packetWith(redaction ? { redaction } : {});
  return listPacketNames(assembleUnredacted(packet, entries, defaultFramework, [], today), [], packet.redaction, packet.authorName);
}

describe('listPacketNames', () => {
  it('lists the people named only in bodies, titles, impact and quotes, ticked, with counts and an example', () => {
    const listed = names();
    const byKey = new Map(listed.map((name) => [name.key, name]));
    expect([...byKey.keys()].sort()).toEqual(['Dana Whitfield', 'Kwabena Oyelaran', 'Priya Raman']);
    expect(listed.every((name) => name.isTicked)).toBe(true);
    expect(byKey.get('Dana Whitfield')?.forms).toEqual(expect.arrayContaining(['Dana Whitfield', 'Dana', 'Whitfield']));
    // The appendix repeats each piece of evidence: every printed occurrence counts.
    expect(byKey.get('Dana Whitfield')?.count).toBeGreaterThanOrEqual(5);
    expect(byKey.get('Dana Whitfield')?.example).toEqual({
      before: 'Paired with ',
      match: 'Dana Whitfield',
      after: ' on the rollout. Dana wrote the…',
    });
    expect(byKey.get('Priya Raman')?.sources).toEqual(['proper noun']);
  });

  it('never lists the author, months, weekdays, products or words that begin a sentence', () => {
    const keys = names().map((name) => name.key);
    for (const word of ['Maya Okafor', 'Maya', 'Friday', 'Kubernetes', 'Grafana', 'Will', 'Mark', 'Grace'])
      expect(keys).not.toContain(word);
  });

  it('applies the user’s choices: an unticked name stays, an added one is listed even where it does not occur', () => {
    const listed = names({ unticked: ['Priya Raman'], added: ['Oyelaran Consulting', 'Zed Nobody'] });
    expect(listed.find((name) => name.key === 'Priya Raman')?.isTicked).toBe(false);
    expect(listed.find((name) => name.key === 'Zed Nobody')).toMatchObject({ count: 0, example: null, isTicked: true, sources: ['added'] });
  });
});

describe('assemblePacket with "Redact people"', () => {
  it('replaces every ticked name in every export text, telling people apart where a text names several', () => {
    const packet = packetWith();
    const assembled = assemblePacket(packet, entries, defaultFramework, [], today);
    const markdown = packetToMarkdown(assembled);
    expect(markdown).not.toMatch(/Dana|Whitfield|Kwabena|Oyelaran|Priya|Raman/u);
    expect(markdown).toContain('**Maya Okafor**');
    // One evidence item names Dana and Kwabena: letters, in reading order, the same everywhere.
    const rollout = assembled.appendix.find((item) => item.id === 'rollout');
    expect(rollout?.excerpt).toBe('Paired with Colleague A on the rollout. Colleague A wrote the runbook; Colleague B reviewed it.');
    // One person alone in a text is "a colleague".
    const incident = assembled.appendix.find((item) => item.id === 'incident');
    expect(incident?.title).toBe('Incident review with a colleague');
    expect(incident?.impact).toBe('A colleague’s timeline is now the template.');
    expect(incident?.excerpt).toContain('Will we keep the grace period? Mark the ticket.');
    // Quote and attribution are one unit: three people, three letters, consistent with the excerpt.
    expect(assembled.feedback).toEqual([
      expect.objectContaining({
        quote: 'Colleague A and Colleague B trusted the plan because it was written down.',
        attribution: 'Colleague C',
      }),
    ]);
    expect(assembled.competencySections[0]?.narrative).toBe('Coached a colleague through his first incident; Maya Okafor wrote this.');
  });

  it('keeps an unticked name, redacts an added one, and leaves everything as written when redaction is off', () => {
    const redaction = { unticked: ['Priya Raman'], added: ['Friday'] };
    const assembled = assemblePacket(packetWith({ redaction }), entries, defaultFramework, [], today);
    expect(assembled.feedback[0]?.attribution).toBe('Priya Raman');
    // "Friday" was added; with Dana in the same piece of evidence, both get letters.
    expect(assembled.appendix.find((item) => item.id === 'incident')?.excerpt).toMatch(/^Ran the review on Colleague C\./u);

    const plain = assemblePacket(
      packetWith({ options: { ...packetWith().options, redactPeople: false } }),
      entries,
      defaultFramework,
      [],
      today,
    );
    expect(plain).toEqual(assembleUnredacted(packetWith(), entries, defaultFramework, [], today));
  });

  it('reads a packet saved before "Names to redact" (no redaction field) with the defaults', () => {
    const { redaction, ...older } = packetWith({ redaction: { unticked: [], added: [] } });
    expect(redaction).toBeDefined();
    expect(assemblePacket(older, entries, defaultFramework, [], today)).toEqual(
      assemblePacket(packetWith(), entries, defaultFramework, [], today),
    );
  });
});

describe('the choices', () => {
  const dana = {
    key: 'Dana Whitfield',
    forms: ['Dana Whitfield'],
    sources: [],
    count: 2,
    example: null,
    isTickedByDefault: true,
    isTicked: true,
  };
  const fernwood = { ...dana, key: 'Fernwood', isTickedByDefault: false, isTicked: false };

  it('records an untick of a default name and a tick of an unticked one, and undoes each', () => {
    const unticked = setNameTicked(undefined, dana, false);
    expect(unticked).toEqual({ unticked: ['Dana Whitfield'], added: [] });
    expect(setNameTicked(unticked, dana, true)).toEqual({ unticked: [], added: [] });
    const ticked = setNameTicked(undefined, fernwood, true);
    expect(ticked).toEqual({ unticked: [], added: ['Fernwood'] });
    expect(setNameTicked(ticked, fernwood, false)).toEqual({ unticked: [], added: [] });
  });

  it('adds a typed name, capitalising one typed in lower case, and ticks a listed one', () => {
    expect(addName(undefined, '  dana   o’neil-smith ', [], 'Maya Okafor')).toEqual({
      redaction: { unticked: [], added: ['Dana O’Neil-Smith'] },
      message: 'Added “Dana O’Neil-Smith”.',
    });
    expect(addName(undefined, 'Fernwood', [fernwood], '')).toEqual({
      redaction: { unticked: [], added: ['Fernwood'] },
      message: 'Ticked “Fernwood”.',
    });
  });

  it('changes nothing for a blank, an over-long or letterless text, the author, or a name already ticked', () => {
    const before = { unticked: ['X'], added: ['Y'] };
    for (const [typed, error] of [
      ['   ', 'Type a name to add.'],
      ['a'.repeat(101), 'A name is at most 100 characters.'],
      ['42', '“42” is not a name: it needs at least two letters.'],
      ['Maya Okafor', '“Maya Okafor” is your own name: the packet keeps it.'],
      ['Dana Whitfield', '“Dana Whitfield” is already ticked.'],
    ] as const) {
      expect(addName(before, typed, [dana], 'Maya Okafor')).toEqual({ error });
    }
    expect(before).toEqual({ unticked: ['X'], added: ['Y'] });
  });
});
