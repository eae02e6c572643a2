import { describe, expect, it } from 'vitest';
import { parseJrnlJson, parseJrnlText } from '../../../../src-renderer/src/domain/imports/jrnl';
import { candidatesOf, expectWellFormed, notesOf, problemOf } from './importAssertions';
import dayOneSample from './samples/day-one-export.json?raw';
import jrnlJsonSample from './samples/jrnl-export.json?raw';
import jrnlTextSample from './samples/jrnl-journal.txt?raw';

/** A jrnl JSON export holding `entries`. */
function exportOf(...entries: unknown[]): string {
  return JSON.stringify({ tags: {}, entries });
}

const entry = { title: 'Shipped it.', body: 'Details.', date: '2026-03-04', time: '09:15', tags: [], starred: false };

describe('jrnl JSON export', () => {
  it('reads every entry with its date, time, tags, star and uuid', () => {
    const result = parseJrnlJson(jrnlJsonSample);
    expect(result).toMatchObject({ ok: true, format: 'jrnl-json', notes: [] });
    const candidates = candidatesOf(result);
    expect(candidates).toHaveLength(3);
    expect(candidates[1]).toEqual({
      occurredOn: '2026-03-04',
      time: '17:40',
      title: 'Paired with Priya on her first on-call handover.',
      body: 'She ran the runbook herself; I only answered questions. @mentoring @work\n\nNext time: let her lead the incident review too.',
      tags: ['mentoring', 'work'],
      starred: true,
      sourceId: '5F0C2B5E-4D1A-4B7E-9B1C-2E8F4A6D9C31',
    });
    expect(candidates[0]?.sourceId).toBeNull();
    expectWellFormed(result);
  });

  it('reads the one-entry file jrnl writes when exporting into a folder', () => {
    expect(candidatesOf(parseJrnlJson(JSON.stringify(entry)))).toHaveLength(1);
  });

  it('fills in what older exports leave out and makes a title from the body when there is none', () => {
    const [candidate] = candidatesOf(parseJrnlJson(exportOf({ date: '2026-03-04', title: '', body: '## Retro notes\nWent well.' })));
    expect(candidate).toEqual({
      occurredOn: '2026-03-04',
      time: null,
      title: 'Retro notes',
      body: '## Retro notes\nWent well.',
      tags: [],
      starred: false,
      sourceId: null,
    });
  });

  it('accepts an empty journal and leaves out entries with no text, saying so', () => {
    expect(parseJrnlJson(exportOf())).toEqual({ ok: true, format: 'jrnl-json', candidates: [], notes: [] });
    const result = parseJrnlJson(exportOf(entry, { ...entry, title: ' ', body: '\n' }));
    expect(candidatesOf(result)).toHaveLength(1);
    expect(notesOf(result)).toEqual(['1 entry has no text and will not be imported.']);
  });

  it('refuses what is not JSON, or JSON of another shape', () => {
    expect(problemOf(parseJrnlJson('not json'))).toBe('The file is not valid JSON: it may be truncated or not a jrnl JSON export.');
    expect(problemOf(parseJrnlJson(jrnlJsonSample.slice(0, 200)))).toMatch(/not valid JSON: it may be truncated/);
    for (const other of ['{}', '[]', '42', '{"entries": {}}', '{"entries": [1]}', dayOneSample]) {
      expect(problemOf(parseJrnlJson(other))).toBe('This is not a jrnl JSON export.');
    }
  });

  it('names the entry and the field that is wrong', () => {
    const cases: [unknown, string][] = [
      [{ ...entry, date: '2026-02-30' }, "Entry 2 has the date '2026-02-30', which is not a calendar date written YYYY-MM-DD."],
      [{ title: 'No date' }, 'Entry 2 has no date.'],
      [{ ...entry, time: '25:00' }, "Entry 2 has the time '25:00', which is not a time written HH:MM."],
      [{ ...entry, title: 7 }, 'Entry 2 has a title that is not text.'],
      [{ ...entry, body: ['x'] }, 'Entry 2 has a body that is not text.'],
      [{ ...entry, tags: '@work' }, 'Entry 2 has tags that are not a list of text.'],
      [{ ...entry, starred: 'yes' }, 'Entry 2 has a starred mark that is not true or false.'],
      [{ ...entry, uuid: 12 }, 'Entry 2 has a uuid that is not a short text.'],
      ['text', 'Entry 2 is not written as an object with a date, a title and a body.'],
    ];
    for (const [broken, problem] of cases) expect(problemOf(parseJrnlJson(exportOf(entry, broken)))).toBe(problem);
  });

  it('refuses a body over the limit rather than cutting it', () => {
    const long = { ...entry, body: 'x'.repeat(200_001) };
    expect(problemOf(parseJrnlJson(exportOf(entry, long)))).toBe("Entry 2's body is longer than 200,000 characters.");
  });

  it('shortens a title over the limit and keeps its full text at the start of the body', () => {
    const title = `${'word '.repeat(80)}end.`;
    const result = parseJrnlJson(exportOf({ ...entry, title }));
    const [candidate] = candidatesOf(result);
    expect(candidate?.title.length).toBeLessThanOrEqual(300);
    expect(candidate?.title).toMatch(/^word word .*…$/);
    expect(candidate?.body).toBe(`${title.trim()}\n\nDetails.`);
    expect(notesOf(result)).toEqual(['1 title was longer than 300 characters and shortened; the full text starts the entry.']);
  });

  it('refuses files over 64 MB and more than 100,000 entries before reading them', () => {
    const tooLarge = 'The file is larger than 64 MB, the most an import may be.';
    expect(problemOf(parseJrnlJson(' '.repeat(64 * 1024 * 1024 + 1)))).toBe(tooLarge);
    // 33 million characters that take two bytes each in UTF-8.
    expect(problemOf(parseJrnlJson('é'.repeat(33 * 1024 * 1024)))).toBe(tooLarge);
    const many = `{"entries":[${Array.from({ length: 100_001 }, () => '{"date":"2026-03-04"}').join(',')}]}`;
    expect(problemOf(parseJrnlJson(many))).toBe('The file has more than 100,000 entries, the most an import may have.');
  });

  it('keeps hostile text as inert text for the renderer to sanitise', () => {
    const body = '<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>';
    const [candidate] = candidatesOf(parseJrnlJson(exportOf({ ...entry, body })));
    expect(candidate?.body).toBe(body);
  });
});

describe('jrnl plain-text journal', () => {
  it('splits entries at dated lines, the first sentence being the title', () => {
    const result = parseJrnlText(jrnlTextSample);
    expect(result).toMatchObject({ ok: true, format: 'jrnl-text', notes: [] });
    const candidates = candidatesOf(result);
    expect(candidates.map((candidate) => [candidate.occurredOn, candidate.time, candidate.title])).toEqual([
      ['2026-03-02', '09:15', 'Wrote the design doc for the billing retry queue.'],
      ['2026-03-04', '17:40', 'Paired with Priya on her first on-call handover'],
      ['2026-03-07', '02:45', 'Paged for the queue backlog!'],
      ['2026-03-09', '08:00', 'Short one: learned how our rate limiter works.'],
    ]);
    expect(candidates[0]).toMatchObject({
      body:
        'Shared it with the payments team.\nTwo reviewers asked for a section on idempotency keys; I added it the same afternoon.\n\n' +
        'Open question: do we keep the dead-letter queue for 7 or 30 days? @work @design',
      tags: ['work', 'design'],
      starred: false,
      sourceId: null,
    });
    expectWellFormed(result);
  });

  it('keeps line breaks, reads the trailing star and lower-cases @tags', () => {
    const candidates = candidatesOf(parseJrnlText(jrnlTextSample));
    expect(candidates[1]).toMatchObject({
      body:
        'She ran the runbook herself; I only answered questions.\n\n- what went well: she narrated every step\n' +
        '- next time: she leads the incident review\n@mentoring @Work',
      tags: ['mentoring', 'work'],
      starred: true,
    });
    // An e-mail address is not a tag; trailing blank lines are trimmed.
    expect(candidates[2]?.tags).toEqual(['oncall-bot']);
    expect(candidates[3]?.body).toBe('@learning');
  });

  it('reads jrnl 1 journals, seconds, 12-hour times and bracketed dates alone', () => {
    const legacy = '2026-03-04 09:15 Old format entry. Body here. @work *\n2026-03-05 21:00:59 Second entry\nMore.\n';
    expect(candidatesOf(parseJrnlText(legacy))).toEqual([
      {
        occurredOn: '2026-03-04',
        time: '09:15',
        title: 'Old format entry.',
        body: 'Body here. @work',
        tags: ['work'],
        starred: true,
        sourceId: null,
      },
      { occurredOn: '2026-03-05', time: '21:00', title: 'Second entry', body: 'More.', tags: [], starred: false, sourceId: null },
    ]);
    const twelveHour =
      '[2026-03-04 12:05 AM] Midnight\n[2026-03-04 12:30 PM] Noon\n[2026-03-04 01:15 pm] Afternoon\n[2026-03-05] No time\n';
    expect(candidatesOf(parseJrnlText(twelveHour)).map((candidate) => candidate.time)).toEqual(['00:05', '12:30', '13:15', null]);
  });

  it('only bracketed lines start entries in a bracketed journal', () => {
    const text = '[2026-03-04 09:15] Standup notes\n2026-03-05 10:00 is when the release ships.\n';
    expect(candidatesOf(parseJrnlText(text))).toEqual([
      expect.objectContaining({ title: 'Standup notes', body: '2026-03-05 10:00 is when the release ships.' }),
    ]);
  });

  it('reads a star right after the date, but not emphasis, as starred', () => {
    const text = '[2026-03-04 09:15]* Starred\n[2026-03-04 10:00] Shipped **v2**\n[2026-03-04 11:00] Also starred*\n';
    expect(candidatesOf(parseJrnlText(text)).map((candidate) => [candidate.title, candidate.starred])).toEqual([
      ['Starred', true],
      ['Shipped **v2**', false],
      ['Also starred', true],
    ]);
  });

  it('makes a title from the body when the dated line has none, and reads Windows line ends', () => {
    const [candidate] = candidatesOf(parseJrnlText('[2026-03-04 09:15]\r\nThe body is the title.\r\nSecond line.\r\n'));
    expect(candidate).toMatchObject({ title: 'The body is the title.', body: 'The body is the title.\nSecond line.' });
  });

  it('refuses dates and times that do not exist', () => {
    expect(problemOf(parseJrnlText('[2026-03-04 09:15] Fine\n[2026-02-30 09:15] Not a day\n'))).toBe(
      'Line 2 starts an entry dated 2026-02-30, which is not a calendar date.',
    );
    expect(problemOf(parseJrnlText('[2026-03-04 25:00] Late'))).toBe('Line 1 starts an entry at 25:00, which is not a time of day.');
    expect(problemOf(parseJrnlText('[2026-03-04 13:00 PM] Late'))).toBe('Line 1 starts an entry at 13:00 PM, which is not a time of day.');
  });

  it('refuses text with no dated line, and notes text before the first entry', () => {
    expect(problemOf(parseJrnlText('Just some notes.\nNo dates here.'))).toBe(
      'This is not a jrnl journal: no line starts with a date and time such as [2026-03-04 09:15].',
    );
    expect(parseJrnlText(' \n\n')).toEqual({ ok: true, format: 'jrnl-text', candidates: [], notes: [] });
    expect(notesOf(parseJrnlText('Preamble\n[2026-03-04 09:15] Entry'))).toEqual([
      'The text before the first dated entry was not imported.',
    ]);
  });

  it('refuses a body over the limit, naming the entry and its line', () => {
    const text = `[2026-03-04 09:15] Short\n[2026-03-05 09:15] Long\n${'x'.repeat(200_001)}`;
    expect(problemOf(parseJrnlText(text))).toBe("Entry 2's body (line 2) is longer than 200,000 characters.");
  });

  it('keeps hostile text as inert text', () => {
    const [candidate] = candidatesOf(parseJrnlText('[2026-03-04 09:15] <script>alert(1)</script>\n[x](javascript:alert(1))'));
    expect(candidate).toMatchObject({ title: '<script>alert(1)</script>', body: '[x](javascript:alert(1))' });
  });
});
