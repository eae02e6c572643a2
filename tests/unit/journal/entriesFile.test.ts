import { describe, expect, it } from 'vitest';
import { parseEntriesFile, serializeEntriesFile } from '../../../src-renderer/src/domain/entries/entriesFile';
import { makeEntry } from '../entryFactory';

function problemOf(text: string): string {
  const parsed = parseEntriesFile(text);
  if (parsed.isValid) throw new Error('expected a problem');
  return parsed.problem;
}

describe('entries file', () => {
  it('round-trips entries exactly', () => {
    const entries = [
      makeEntry({ title: 'A', tags: ['x'], impactMetric: { name: 'm', value: 2, unit: '%' } }),
      makeEntry({ deletedAt: '2026-01-01T00:00:00.000Z' }),
    ];
    const parsed = parseEntriesFile(serializeEntriesFile(entries));
    expect(parsed).toEqual({ isValid: true, entries });
  });

  it('names what is wrong with a bad file', () => {
    expect(problemOf('{"format":')).toContain('not valid JSON');
    expect(problemOf('{"hello":1}')).toBe('This is not a Scope Journal entries file.');
    expect(problemOf(JSON.stringify({ format: 'scope-journal-entries', version: 9, exportedAt: '', entries: [] }))).toContain('version 9');
    const badEntry = { ...makeEntry(), kind: 'party' };
    expect(problemOf(JSON.stringify({ format: 'scope-journal-entries', version: 1, exportedAt: '', entries: [badEntry] }))).toMatch(
      /^Entry 1 is invalid: kind/,
    );
    const entry = makeEntry();
    expect(problemOf(JSON.stringify({ format: 'scope-journal-entries', version: 1, exportedAt: '', entries: [entry, entry] }))).toBe(
      'Entry 2 repeats the id of entry 1.',
    );
    const huge = { ...makeEntry(), title: 'x'.repeat(10_000) };
    expect(problemOf(JSON.stringify({ format: 'scope-journal-entries', version: 1, exportedAt: '', entries: [huge] }))).toMatch(/title/);
    const extra = { ...makeEntry(), __proto__x: 1 };
    expect(problemOf(JSON.stringify({ format: 'scope-journal-entries', version: 1, exportedAt: '', entries: [extra] }))).toMatch(/Entry 1/);
  });
});
