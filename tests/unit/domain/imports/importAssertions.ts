import { expect } from 'vitest';
import { isLocalDate } from '../../../../src-renderer/src/domain/dates';
import { importLimits } from '../../../../src-renderer/src/domain/imports/importTypes';
import type { ImportCandidate, ImportParseResult } from '../../../../src-renderer/src/domain/imports/importTypes';

/** The candidates of a result that must have succeeded. */
export function candidatesOf(result: ImportParseResult): ImportCandidate[] {
  if (!result.ok) throw new Error(`expected candidates, got the problem: ${result.problem}`);
  return result.candidates;
}

/** The notes of a result that must have succeeded. */
export function notesOf(result: ImportParseResult): string[] {
  if (!result.ok) throw new Error(`expected notes, got the problem: ${result.problem}`);
  return result.notes;
}

/** The problem of a result that must have failed. */
export function problemOf(result: ImportParseResult): string {
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

/** Every promise the parsers make about a result, whatever the input was. */
export function expectWellFormed(result: ImportParseResult): void {
  if (!result.ok) {
    expect(typeof result.problem).toBe('string');
    expect(result.problem.trim()).not.toBe('');
    return;
  }
  expect(result.candidates.length).toBeLessThanOrEqual(importLimits.maximumEntries);
  for (const note of result.notes) expect(note.trim()).not.toBe('');
  for (const candidate of result.candidates) {
    expect(isLocalDate(candidate.occurredOn)).toBe(true);
    if (candidate.time !== null) expect(candidate.time).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
    expect(candidate.title).toBe(candidate.title.trim());
    expect(candidate.title).not.toBe('');
    expect(candidate.title).not.toMatch(/\n/);
    expect(candidate.title.length).toBeLessThanOrEqual(importLimits.title);
    expect(candidate.body.length).toBeLessThanOrEqual(importLimits.body);
    expect(candidate.tags.length).toBeLessThanOrEqual(importLimits.tags);
    expect(new Set(candidate.tags).size).toBe(candidate.tags.length);
    for (const tag of candidate.tags) {
      expect(tag).not.toBe('');
      expect(tag).toBe(tag.toLowerCase());
      expect(tag.length).toBeLessThanOrEqual(importLimits.tag);
    }
    expect(typeof candidate.starred).toBe('boolean');
    if (candidate.sourceId !== null) expect(typeof candidate.sourceId).toBe('string');
  }
}
