import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDayOneJson, parseDayOneZip } from '../../../../src-renderer/src/domain/imports/dayOne';
import { candidatesOf, expectWellFormed, notesOf, problemOf } from './importAssertions';
import dayOneSample from './samples/day-one-export.json?raw';
import jrnlJsonSample from './samples/jrnl-export.json?raw';

/** A Day One export holding `entries`. */
function exportOf(...entries: unknown[]): string {
  return JSON.stringify({ metadata: { version: '1.0' }, entries });
}

const entry = {
  uuid: 'ABCDEF0123456789ABCDEF0123456789',
  creationDate: '2026-03-04T09:15:00Z',
  timeZone: 'Europe/Berlin',
  text: 'Title\n\nBody.',
};

describe('Day One JSON export', () => {
  it('reads each entry in its own time zone, with its first line as the title and cleaned Markdown', () => {
    const result = parseDayOneJson(dayOneSample);
    expect(result).toMatchObject({ ok: true, format: 'day-one-json' });
    expect(candidatesOf(result)).toEqual([
      {
        // 23:30 UTC is already the next day in Berlin.
        occurredOn: '2026-03-05',
        time: '00:30',
        title: 'Shipped checkout v2!',
        body:
          'Latency dropped from 480ms to 210ms (p95). Thanks to the team - especially Ana.\n\n' +
          '1\\. This line is not a list.\n\\- Neither is this one\n\n' +
          "See yesterday's notes and snake_case names, 5 * 3, **real bold** stays.",
        tags: ['work', 'launch'],
        starred: true,
        sourceId: '8A3F1C2D4E5B6A7980B1C2D3E4F5A6B7',
      },
      {
        // 03:00 UTC is still the evening before in Los Angeles.
        occurredOn: '2026-03-04',
        time: '19:00',
        title: 'Mentored Sam through the flaky test hunt',
        body: 'We found two tests sharing a temp directory. Sam wrote the fix and the postmortem note.',
        tags: [],
        starred: false,
        sourceId: '0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E',
      },
    ]);
    expect(notesOf(result)).toEqual([
      '2 photos, videos and other attachments were skipped: a JSON file does not hold them. Import Day One’s zip export to bring its photos and PDFs.',
      '1 entry has no text and will not be imported.',
    ]);
    expectWellFormed(result);
  });

  describe('whatever the machine’s time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it('gives the same dates', () => {
      const expected = parseDayOneJson(dayOneSample);
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = zone;
        expect(parseDayOneJson(dayOneSample)).toEqual(expected);
      }
    });
  });

  it('dates entries either side of midnight by their own zone, and by UTC when the zone is unknown', () => {
    const instant = '2026-12-31T23:59:00Z';
    const candidates = candidatesOf(
      parseDayOneJson(
        exportOf(
          { ...entry, creationDate: instant, timeZone: 'Pacific/Auckland' },
          { ...entry, creationDate: instant, timeZone: 'America/New_York' },
          { ...entry, creationDate: '2026-03-04T23:30:00+05:30', timeZone: 'Asia/Kolkata' },
        ),
      ),
    );
    expect(candidates.map((candidate) => [candidate.occurredOn, candidate.time])).toEqual([
      ['2027-01-01', '12:59'],
      ['2026-12-31', '18:59'],
      ['2026-03-04', '23:30'],
    ]);
    const fallback = parseDayOneJson(exportOf({ ...entry, timeZone: 'Mars/Olympus_Mons' }, { ...entry, timeZone: undefined }));
    expect(candidatesOf(fallback).map((candidate) => candidate.time)).toEqual(['09:15', '09:15']);
    expect(notesOf(fallback)).toEqual(['2 entries have no known time zone; their dates are taken in UTC.']);
  });

  it('takes a heading or the first line as the title, shortening a long first paragraph without losing it', () => {
    const heading = candidatesOf(parseDayOneJson(exportOf({ ...entry, text: '## Retro \\#3 ##\nWent well\\.' })));
    expect(heading[0]).toMatchObject({ title: 'Retro #3', body: 'Went well.' });
    const paragraph = `${'A long opening paragraph '.repeat(20)}ends here.`;
    const [long] = candidatesOf(parseDayOneJson(exportOf({ ...entry, text: `${paragraph}\nSecond line.` })));
    expect(long?.title.endsWith('…')).toBe(true);
    expect(long?.body).toBe(`${paragraph}\n\nSecond line.`);
  });

  it('refuses what is not JSON, or JSON of another shape', () => {
    expect(problemOf(parseDayOneJson('{"entries": ['))).toBe('The file is not valid JSON: it may be truncated or not a Day One export.');
    for (const other of ['{}', '{"entries": 3}', '[]', jrnlJsonSample]) {
      expect(problemOf(parseDayOneJson(other))).toBe('This is not a Day One JSON export.');
    }
  });

  it('names the entry and the field that is wrong', () => {
    const cases: [unknown, string][] = [
      [{ uuid: 'X' }, 'Entry 2 has no creation date.'],
      [
        { ...entry, creationDate: '2026-02-30T10:00:00Z' },
        "Entry 2 has the creation date '2026-02-30T10:00:00Z', which is not a date and time such as 2026-03-04T09:15:00Z.",
      ],
      [
        { ...entry, creationDate: 1_700_000_000 },
        "Entry 2 has the creation date '1700000000', which is not a date and time such as 2026-03-04T09:15:00Z.",
      ],
      [{ ...entry, text: 42 }, 'Entry 2 has text that is not written as text.'],
      [{ ...entry, tags: [1] }, 'Entry 2 has tags that are not a list of text.'],
      [{ ...entry, starred: 1 }, 'Entry 2 has a starred mark that is not true or false.'],
      [{ ...entry, uuid: { id: 1 } }, 'Entry 2 has a uuid that is not a short text.'],
      [null, 'Entry 2 is not written as an object with a creation date and text.'],
    ];
    for (const [broken, problem] of cases) expect(problemOf(parseDayOneJson(exportOf(entry, broken)))).toBe(problem);
    expect(problemOf(parseDayOneJson(exportOf(entry, { ...entry, text: `T\n${'x'.repeat(200_001)}` })))).toBe(
      "Entry 2's text is longer than 200,000 characters.",
    );
  });

  it('keeps hostile text as inert text', () => {
    const text = 'Title\n<script>alert(1)</script> [x](javascript:alert(1))';
    expect(candidatesOf(parseDayOneJson(exportOf({ ...entry, text })))[0]?.body).toBe('<script>alert(1)</script> [x](javascript:alert(1))');
  });
});

const photo = new Uint8Array(4096).fill(7);

/** A Day One zip of `files`, each JSON given as text. */
function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));
}

/** The offset of `name`'s header with `signature` (local `0x04034b50` or central `0x02014b50`). */
function headerOffset(zip: Uint8Array, signature: number, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameOffset = signature === 0x04034b50 ? 30 : 46;
  const lengthOffset = signature === 0x04034b50 ? 26 : 28;
  for (let offset = 0; offset + nameOffset < zip.length; offset += 1) {
    if (view.getUint32(offset, true) !== signature) continue;
    const length = view.getUint16(offset + lengthOffset, true);
    if (new TextDecoder().decode(zip.subarray(offset + nameOffset, offset + nameOffset + length)) === name) return offset;
  }
  throw new Error(`no header for ${name}`);
}

describe('Day One zip', () => {
  it('reads the journal JSON and says which media it skips, and why', () => {
    const result = parseDayOneZip(zipOf({ 'Journal.json': dayOneSample, 'photos/abc.jpeg': photo, 'videos/clip.mov': photo }));
    expect(result).toMatchObject({ ok: true, format: 'day-one-zip' });
    expect(candidatesOf(result)).toEqual(candidatesOf(parseDayOneJson(dayOneSample)));
    expect(notesOf(result)).toEqual([
      '2 photos or PDFs were skipped: their files are not in the zip.',
      '1 video or audio file was skipped: only photos and PDFs are imported.',
      '1 media file was skipped: no entry lists it.',
      '1 entry has no text and will not be imported.',
    ]);
  });

  it('never inflates media: a photo whose data is not deflate at all does no harm', () => {
    const zip = zipOf({ 'Journal.json': dayOneSample, 'photos/abc.jpeg': photo });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const local = headerOffset(zip, 0x04034b50, 'photos/abc.jpeg');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    // Deflate block type 3 is reserved: inflating these bytes would throw.
    zip.fill(0xff, start, start + view.getUint32(local + 18, true));
    expect(candidatesOf(parseDayOneZip(zip))).toHaveLength(2);
  });

  it('reads every journal in the zip, also inside one wrapping folder', () => {
    const work = exportOf({ ...entry, text: 'Work entry' });
    const personal = exportOf({ ...entry, uuid: 'FFFF', text: 'Personal entry' });
    const candidates = candidatesOf(
      parseDayOneZip(zipOf({ 'Export/Work.json': work, 'Export/Personal.json': personal, 'Export/photos/a.jpeg': photo })),
    );
    expect(candidates.map((candidate) => candidate.title)).toEqual(['Personal entry', 'Work entry']);
  });

  it('refuses a zip without a journal, a damaged zip, and a broken journal inside one', () => {
    expect(problemOf(parseDayOneZip(zipOf({ 'photos/abc.jpeg': photo })))).toBe(
      'This zip has no Day One journal in it: a Day One export holds a journal’s .json file beside its photos folder.',
    );
    const damaged = 'The file is not a readable zip archive: it may be damaged or not a Day One export.';
    expect(problemOf(parseDayOneZip(strToU8(dayOneSample)))).toBe(damaged);
    const zip = zipOf({ 'Journal.json': dayOneSample });
    expect(problemOf(parseDayOneZip(zip.subarray(0, zip.length - 30)))).toBe(damaged);
    expect(problemOf(parseDayOneZip(zipOf({ 'Journal.json': '{"entries": [' })))).toBe(
      '“Journal.json” in the zip is not valid JSON: it may be truncated or damaged.',
    );
    expect(problemOf(parseDayOneZip(zipOf({ 'Journal.json': jrnlJsonSample })))).toBe(
      '“Journal.json” in the zip is not a Day One journal.',
    );
    expect(problemOf(parseDayOneZip(zipOf({ 'Journal.json': exportOf({ uuid: 'X' }) })))).toBe(
      'In “Journal.json”: Entry 1 has no creation date.',
    );
  });

  it('refuses a zip bomb from its directory, before inflating anything', () => {
    const zip = zipOf({ 'Journal.json': dayOneSample });
    const central = headerOffset(zip, 0x02014b50, 'Journal.json');
    new DataView(zip.buffer, zip.byteOffset, zip.byteLength).setUint32(central + 24, 0x7fffffff, true);
    const started = performance.now();
    expect(problemOf(parseDayOneZip(zip))).toBe('The journals in this zip would be larger than 64 MB unpacked, the most an import may be.');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('cannot be made to unpack more than a member declares', () => {
    const zip = zipOf({ 'Journal.json': dayOneSample });
    const central = headerOffset(zip, 0x02014b50, 'Journal.json');
    new DataView(zip.buffer, zip.byteOffset, zip.byteLength).setUint32(central + 24, 10, true);
    expectWellFormed(parseDayOneZip(zip));
  });

  it('refuses a file over 64 MB before unzipping it', () => {
    expect(problemOf(parseDayOneZip(new Uint8Array(64 * 1024 * 1024 + 1)))).toBe(
      'The file is larger than 64 MB, the most an import may be.',
    );
  });
});
