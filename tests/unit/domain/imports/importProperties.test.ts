import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseBragDocument } from '../../../../src-renderer/src/domain/imports/bragDocument';
import { parseDayOneJson, parseDayOneZip } from '../../../../src-renderer/src/domain/imports/dayOne';
import type { ImportParseResult } from '../../../../src-renderer/src/domain/imports/importTypes';
import { parseJrnlJson, parseJrnlText } from '../../../../src-renderer/src/domain/imports/jrnl';
import { expectWellFormed } from './importAssertions';
import bragSample from './samples/brag-document.md?raw';
import dayOneSample from './samples/day-one-export.json?raw';
import jrnlJsonSample from './samples/jrnl-export.json?raw';
import jrnlTextSample from './samples/jrnl-journal.txt?raw';

const runs = { numRuns: 200 };

const textParsers: [string, (text: string) => ImportParseResult, string][] = [
  ['jrnl JSON', parseJrnlJson, jrnlJsonSample],
  ['jrnl text', parseJrnlText, jrnlTextSample],
  ['Day One JSON', parseDayOneJson, dayOneSample],
  ['brag document', (text) => parseBragDocument(text, { today: '2026-05-01' }), bragSample],
];

/** Lines that mean something to one of the formats, to splice into samples. */
const trickyLines = [
  '[2026-03-04 09:15] Title. Body *',
  '[2026-02-30 09:15] Not a day',
  '2026-03-04 12:00 PM Legacy*',
  '## 2026-03-04',
  '### March 2026',
  '## Q5 2026',
  '# Projects',
  '- **Bold lead:** rest',
  '    - nested',
  '1. numbered',
  '```',
  '- 2026-13-01: bad date (Feb 2026)',
  '\\. \\- \\* \\_ \\[ \\] `` ` ``',
  '![](dayone-moment://ABC) [x](dayone2://view?entryId=1)',
  '@tag @Tag @' + 'x'.repeat(250),
  '',
];

/** `sample` with random edits: replaced characters, spliced lines, or cut short. */
function mutatedText(sample: string): fc.Arbitrary<string> {
  const replaced = fc
    .array(fc.tuple(fc.nat({ max: sample.length - 1 }), fc.string({ unit: 'binary', minLength: 0, maxLength: 3 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((edits) => edits.reduce((text, [at, insert]) => `${text.slice(0, at)}${insert}${text.slice(at + 1)}`, sample));
  const lines = sample.split('\n');
  const spliced = fc
    .array(fc.tuple(fc.nat({ max: lines.length }), fc.oneof(fc.constantFrom(...trickyLines), fc.string())), { minLength: 1, maxLength: 6 })
    .map((inserts) => {
      const copy = [...lines];
      for (const [at, line] of inserts) copy.splice(at, 0, line);
      return copy.join('\n');
    });
  const truncated = fc.nat({ max: sample.length }).map((end) => sample.slice(0, end));
  return fc.oneof(replaced, spliced, truncated);
}

type JsonExport = Record<string, unknown> & { entries: Record<string, unknown>[] };

/** `sample`, a JSON export, with one of its entries' fields (or a top-level field) deleted or given another value. */
function mutatedJson(sample: string, fields: readonly string[]): fc.Arbitrary<string> {
  const parsed = JSON.parse(sample) as JsonExport;
  const value = fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary' })), { nil: undefined });
  const entryEdit = fc
    .tuple(fc.nat({ max: parsed.entries.length - 1 }), fc.constantFrom(...fields), value)
    .map(([index, field, replacement]) => {
      const copy = structuredClone(parsed);
      const entry = copy.entries[index];
      if (entry !== undefined) {
        if (replacement === undefined) delete entry[field];
        else entry[field] = replacement;
      }
      return JSON.stringify(copy);
    });
  const topEdit = fc.tuple(fc.constantFrom('entries', 'metadata', 'tags'), value).map(([field, replacement]) => {
    const copy: Record<string, unknown> = structuredClone(parsed);
    if (replacement === undefined) delete copy[field];
    else copy[field] = replacement;
    return JSON.stringify(copy);
  });
  return fc.array(fc.oneof(entryEdit, topEdit), { minLength: 1, maxLength: 1 }).map(([edited]) => edited ?? sample);
}

const jrnlFields = ['title', 'body', 'date', 'time', 'tags', 'starred', 'uuid', 'creator'] as const;
const dayOneFields = ['uuid', 'creationDate', 'timeZone', 'text', 'tags', 'starred', 'photos', 'richText'] as const;

function expectNeverThrows(parse: (text: string) => ImportParseResult, inputs: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(inputs, (input) => {
      expectWellFormed(parse(input));
    }),
    runs,
  );
}

describe.each(textParsers)('%s parser on hostile input', (_name, parse, sample) => {
  it('answers random text with candidates within the limits or a problem', () => {
    expectNeverThrows(parse, fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 500 })));
  });

  it('answers random JSON with candidates within the limits or a problem', () => {
    expectNeverThrows(
      parse,
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    );
  });

  it('answers damaged versions of a valid sample with candidates within the limits or a problem', () => {
    expectNeverThrows(parse, mutatedText(sample));
  });
});

describe('JSON exports with damaged fields', () => {
  it('jrnl: every field deleted or retyped gives a result, never an exception', () => {
    expectNeverThrows(parseJrnlJson, mutatedJson(jrnlJsonSample, jrnlFields));
  });

  it('Day One: every field deleted or retyped gives a result, never an exception', () => {
    expectNeverThrows(parseDayOneJson, mutatedJson(dayOneSample, dayOneFields));
  });
});

describe('Day One zip on hostile input', () => {
  const photo = new Uint8Array(256).fill(1);
  const validZip = zipSync({ 'Journal.json': strToU8(dayOneSample), 'photos/abc.jpeg': photo });

  function expectZipNeverThrows(inputs: fc.Arbitrary<Uint8Array>): void {
    fc.assert(
      fc.property(inputs, (bytes) => {
        expectWellFormed(parseDayOneZip(bytes));
      }),
      runs,
    );
  }

  it('answers random bytes with a problem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        expect(parseDayOneZip(bytes).ok).toBe(false);
      }),
      runs,
    );
  });

  it('answers a truncated or bit-flipped zip with a result', () => {
    const truncated = fc.nat({ max: validZip.length }).map((end) => validZip.slice(0, end));
    const flipped = fc
      .array(fc.tuple(fc.nat({ max: validZip.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })
      .map((edits) => {
        const copy = validZip.slice();
        for (const [at, byte] of edits) copy[at] = byte;
        return copy;
      });
    expectZipNeverThrows(fc.oneof(truncated, flipped));
  });

  it('answers zips of damaged journals and odd member names with a result', () => {
    const journals = fc.oneof(mutatedJson(dayOneSample, dayOneFields), mutatedText(dayOneSample));
    // fast-check now and then offers "__proto__", a name fflate's zipSync cannot write (it reads the
    // member list as a plain object): the zip could not be built, so the parser never saw it.
    const randomName = fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name !== '__proto__');
    const names = fc.oneof(
      fc.constantFrom('Journal.json', 'a/b/c.json', 'photos/x.json', '.hidden.json', '__MACOSX/Journal.json'),
      randomName,
    );
    expectZipNeverThrows(
      fc.tuple(names, journals).map(([name, journal]) => zipSync({ [name]: strToU8(journal), 'photos/abc.jpeg': photo })),
    );
  });
});

describe('inputs built to make patterns backtrack', () => {
  const size = 400_000;
  const pathological = [
    ' '.repeat(size) + 'x',
    '!['.repeat(size / 2),
    '['.repeat(size),
    '\\.'.repeat(size / 2),
    '`'.repeat(size / 1000) + Array.from({ length: 800 }, (_, index) => '`'.repeat(800 - index)).join('a'),
    '.'.repeat(size) + 'x',
    `@a${'-'.repeat(size)}b`,
    `- a${' '.repeat(size)}b`,
    `- x (${'('.repeat(size)}`,
    `## ${'#'.repeat(size)} x`,
  ];

  it.each(textParsers)('%s parser finishes quickly on each of them', (_name, parse) => {
    for (const text of pathological) {
      const started = performance.now();
      expectWellFormed(parse(text));
      expectWellFormed(parse(`[2026-03-04 09:15] ${text}`));
      expectWellFormed(
        parse(JSON.stringify({ entries: [{ date: '2026-03-04', title: text, body: text, creationDate: '2026-03-04T09:15:00Z', text }] })),
      );
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
